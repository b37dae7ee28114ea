package dev.doorstep.shipment.carrier.dhl;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * The Unified API's {@code statusCode} values, the "high-level grouping statuses" of its
 * OpenAPI document (version 1.4): every event and the shipment's current status carry
 * one. DHL has no finer code; {@link DhlPhrases} refines them by the event texts.
 */
public final class DhlStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		.code("pre-transit", "Shipment data received, the shipment is not yet with DHL", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("transit", "The shipment is on its way (incl. out for delivery, ready for pickup)",
				TrackingStatus.IN_TRANSIT, null)
		.code("delivered", "The shipment has been delivered", TrackingStatus.DELIVERED, null)
		.code("failure", "Delivery failed or the shipment has a problem", TrackingStatus.EXCEPTION, null)
		.code("unknown", "The status could not be classified by DHL", TrackingStatus.IN_TRANSIT, null)
		// Codes DHL may add later: the word tells the phase better than a blanket guess.
		.family("*return*", code -> code.contains("RETURN"),
				StatusMapping.of(TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER"))
		.family("*fail*", code -> code.contains("FAIL"), StatusMapping.of(TrackingStatus.EXCEPTION))
		.prefix("pre-", StatusMapping.of(TrackingStatus.INFO_RECEIVED))
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private DhlStatusCodes() {
	}

}
