package dev.doorstep.returns.label;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Everything printed on a Doorstep return label.
 *
 * @param rma the return's RMA number: printable ASCII (Code 128 holds nothing else), at
 * most 40 characters
 * @param from the sender: the shopper's address
 * @param to the shop's return address
 * @param carrier the carrier's display name ("DHL") when the parcel goes with a carrier,
 * else {@code null} (drop-off in a store, label-less)
 * @param items how many items the parcel holds
 * @param locale the shopper's language for the labels' words; English where there is no
 * translation
 * @param carrierTrackingNumber the carrier's number for this return parcel, printed under
 * the carrier's name
 * @param carrierLabel a carrier's own label (PDF) to append after the Doorstep page, e.g.
 * {@link CarrierLabelResult.Created#labelPdf()}
 */
public record ReturnLabelRequest(String rma, Address from, Address to, @Nullable String carrier, int items,
		Locale locale, @Nullable String carrierTrackingNumber, byte @Nullable [] carrierLabel) {

	public ReturnLabelRequest {
		if (rma == null || !rma.matches("[\\x21-\\x7E]{1,40}")) {
			throw new IllegalArgumentException("rma must be 1 to 40 printable ASCII characters without spaces");
		}
		if (items < 0) {
			throw new IllegalArgumentException("items must not be negative");
		}
		carrier = carrier == null || carrier.isBlank() ? null : carrier.strip();
		carrierTrackingNumber = carrierTrackingNumber == null || carrierTrackingNumber.isBlank() ? null
				: carrierTrackingNumber.strip();
	}

	/** A label without a carrier: in-store drop-off or the shop's own collection. */
	public static ReturnLabelRequest withoutCarrier(String rma, Address from, Address to, int items, Locale locale) {
		return new ReturnLabelRequest(rma, from, to, null, items, locale, null, null);
	}

	@Override
	public String toString() {
		return "ReturnLabelRequest[rma=" + this.rma + ", carrier=" + this.carrier + ", items=" + this.items
				+ ", carrierLabel=" + (this.carrierLabel == null ? "none" : this.carrierLabel.length + " bytes") + "]";
	}

}
