package dev.doorstep.packaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;

/**
 * A day's parcels with their box recommendation, and what right-sizing saved that day.
 *
 * @param recommended parcels with a recommendation ({@link Recommendation.Packed})
 * @param voidSavedMm3 void volume saved over all those parcels against packing each in
 * the standard box (parcels that do not fit the standard box are left out of the sum)
 * @param truncated whether the day had more parcels than the view packs
 */
public record PackagingDay(LocalDate date, List<Parcel> parcels, int recommended, long voidSavedMm3,
		BigDecimal voidSavedLitres, boolean truncated) {

	/** One parcel of the day and what it should go in. */
	public record Parcel(OrderId orderId, String orderNumber, ShipmentId shipmentId, String trackingNumber,
			Recommendation recommendation) {
	}

}
