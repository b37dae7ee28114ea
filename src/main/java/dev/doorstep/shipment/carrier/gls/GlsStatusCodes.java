package dev.doorstep.shipment.carrier.gls;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * The codes of GLS Track And Trace V1: the twelve parcel {@code status} values of
 * {@code ParcelDTO} and the event codes the specification names (the full event list is
 * only served at runtime by {@code /tracking/events/codes}). Event codes are
 * {@code GROUP.DETAIL}; an unlisted detail gets the status of its group.
 */
public final class GlsStatusCodes {

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// Parcel status (ParcelDTO.status)
		.code("PLANNEDPICKUP", "Parcel is planned to be picked up", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("INPICKUP", "Parcel will be picked up by a driver", TrackingStatus.INFO_RECEIVED, null)
		.code("NOTPICKEDUP", "Parcel was not picked up",
				StatusMapping.of(TrackingStatus.EXCEPTION, null, IncidentReason.CARRIER))
		.code("PREADVICE", "GLS has received the parceldata but not the physical parcel", TrackingStatus.INFO_RECEIVED,
				"INFO_RECEIVED_LABEL_CREATED")
		.code("INTRANSIT", "Parcel is on its way to the final depot", TrackingStatus.IN_TRANSIT, null)
		.code("INDELIVERY", "Parcel is in delivery by a driver", TrackingStatus.OUT_FOR_DELIVERY,
				"OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("DELIVEREDPS", "Parcel delivered to a parcel shop", TrackingStatus.AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("DELIVERED", "Parcel was delivered", TrackingStatus.DELIVERED, null)
		// Held in the depot, typically after a failed attempt or on request.
		.code("INWAREHOUSE", "Parcel is in warehouse", TrackingStatus.IN_TRANSIT, null)
		.code("NOTDELIVERED", "Parcel was not delivered", TrackingStatus.ATTEMPT_FAIL, null)
		.code("CANCELED", "Parcel was cancelled", TrackingStatus.EXCEPTION, "EXCEPTION_RETAILER_CANCELLED")
		// Closed history: the mapper takes the newest event's status instead.
		.code("FINAL", "Parcel history closed", TrackingStatus.DELIVERED, null)
		// Event codes (EventDTO.code) named in the specification
		.code("INTIAL.PREADVICE",
				"The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS.",
				TrackingStatus.INFO_RECEIVED, "INFO_RECEIVED_LABEL_CREATED")
		.code("INTIAL.E48_DATA", "The parcel was provided by the sender for collection by GLS.",
				TrackingStatus.INFO_RECEIVED, null)
		.code("INTIAL.NORMAL", "The parcel was handed over to GLS.", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP")
		.code("DELIVD.PARCELSHOP", "The parcel has been delivered at the ParcelShop (see ParcelShop information).",
				TrackingStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_PARCELSHOP")
		.code("CANCEL.NORMAL", "The parcel data have been deleted from the GLS IT system.", TrackingStatus.EXCEPTION,
				"EXCEPTION_RETAILER_CANCELLED")
		.code("CHANGD.MONEWADDR", "Change completed for - Delivery at new address", TrackingStatus.IN_TRANSIT, null)
		.code("CHANGD.PARCELBOX", "Change completed for - ParcelLocker", TrackingStatus.IN_TRANSIT, null)
		// Event codes of live answers and /tracking/events/codes, not in the
		// specification
		.code("INBOUD.NORMAL", "The parcel has reached the parcel center.", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_ARRIVED_AT_HUB")
		.code("OUTBOD.NORMAL", "The parcel has left the parcel center.", TrackingStatus.IN_TRANSIT,
				"IN_TRANSIT_DEPARTED_HUB")
		.code("OUTDEL.NORMAL", "The parcel is expected to be delivered during the day.",
				TrackingStatus.OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE")
		.code("DELIVD.NORMAL", "The parcel has been delivered.", TrackingStatus.DELIVERED, null)
		.code("DELIVD.DEL_BY_PSAPP", "The parcel was handed out at the ParcelShop (ParcelShop app).",
				TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP")
		// Event groups, for details the specification does not list
		.prefix("INTIAL.", StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.prefix("DELIVD.", StatusMapping.of(TrackingStatus.DELIVERED))
		.prefix("CANCEL.", StatusMapping.of(TrackingStatus.EXCEPTION))
		.prefix("CHANGD.", StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.prefix("INBOUD.", StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.prefix("OUTBOD.", StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.prefix("OUTDEL.", StatusMapping.of(TrackingStatus.OUT_FOR_DELIVERY))
		.otherwise(StatusMapping.of(TrackingStatus.IN_TRANSIT))
		.build();

	private GlsStatusCodes() {
	}

}
