package dev.doorstep.shipment.carrier;

/**
 * A carrier's tracking API behind one shape. {@link #track} goes over the network and
 * maps the answer with the same {@link #parse} the command line and tests use, so a
 * mapping bug shows up the same way everywhere.
 */
public interface CarrierAdapter extends CarrierParser {

	/**
	 * Asks the carrier about one tracking number. Expected failures (not found, auth,
	 * rate limit, outage) come back as values, never as exceptions.
	 */
	TrackingResult track(TrackingQuery query);

	/**
	 * Whether {@link #track} can be called at all: credentials configured globally or for
	 * the shop. Without them the poller leaves the shipment alone instead of failing
	 * every few hours.
	 */
	default boolean canTrack(TrackingQuery query) {
		return true;
	}

}
