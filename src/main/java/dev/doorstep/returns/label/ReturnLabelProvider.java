package dev.doorstep.returns.label;

/**
 * A carrier's returns-label API behind one shape, one implementation per carrier in its
 * own sub-package (client for HTTP, mapper for the carrier's documents, properties, the
 * provider as a {@code @Component}), like the tracking adapters of the carrier kit.
 * {@code docs/guides/returns-labels.md} says how to add one.
 */
public interface ReturnLabelProvider {

	/** The carrier's code as shipments store it ({@code dhl}). */
	String carrier();

	/** The carrier's name as printed on the Doorstep label ("DHL"). */
	String carrierName();

	/**
	 * Whether the instance has the credentials to ask at all. Without them the Doorstep
	 * label alone is used and no call is made.
	 */
	boolean configured();

	/**
	 * Whether a parcel sent from this country (ISO 3166-1 alpha-2) can get a label: DHL,
	 * for example, needs a receiver id per sender country.
	 */
	default boolean serves(String senderCountry) {
		return configured();
	}

	/**
	 * Asks the carrier for a label. Never throws for expected failures: refused data,
	 * refused credentials, outages and rate limits come back as
	 * {@link CarrierLabelResult} values.
	 */
	CarrierLabelResult request(CarrierLabelRequest request);

}
