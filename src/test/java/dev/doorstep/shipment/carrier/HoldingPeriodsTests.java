package dev.doorstep.shipment.carrier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoldingPeriodsTests {

	private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

	@Test
	void calendarDaysCountTheDayOfArrival() {
		assertThat(HoldingPeriods.lastDay(new CarrierCode("dhl"), PickupPoint.Type.LOCKER, SATURDAY))
			.isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(HoldingPeriods.lastDay(new CarrierCode("hermes"), null, SATURDAY))
			.isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void workingDaysSkipSundays() {
		// Saturday counts, Sunday does not: Sat, Mon–Sat.
		assertThat(HoldingPeriods.lastDay(new CarrierCode("dhl"), PickupPoint.Type.POST_OFFICE, SATURDAY))
			.isEqualTo(LocalDate.of(2026, 11, 28));
		// Arriving on a Sunday, the count starts on Monday: Mon–Sat, Mon.
		assertThat(HoldingPeriods.lastDay(new CarrierCode("gls"), null, SATURDAY.plusDays(1)))
			.isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void carriersWithoutAPublishedPeriodGetNoDeadline() {
		assertThat(HoldingPeriods.lastDay(new CarrierCode("fedex"), null, SATURDAY)).isNull();
		PickupPoint point = PickupPoint.of("Kiosk", null, null, "Berlin", "de", null, null, null);
		assertThat(HoldingPeriods.complete(new CarrierCode("usps"), point, SATURDAY)).isEqualTo(point);
		assertThat(point.country()).isEqualTo("DE");
	}

	@Test
	void aDeadlineTheCarrierGaveIsNeverReplacedByAnEstimate() {
		PickupPoint point = PickupPoint.of("Kiosk", null, null, "Berlin", "DE", null, null, SATURDAY.plusDays(3));
		PickupPoint completed = HoldingPeriods.complete(new CarrierCode("dhl"), point, SATURDAY);
		assertThat(completed.deadline()).isEqualTo(SATURDAY.plusDays(3));
		assertThat(completed.deadlineEstimated()).isFalse();
	}

	@Test
	void aPointWithoutNameOrPlaceIsNoPoint() {
		assertThat(PickupPoint.of(" ", null, null, null, "DE", PickupPoint.Type.LOCKER, "24/7", null)).isNull();
	}

	@Test
	void theNewestPickupEventsPlaceIsThePointWhenTheAnswerNamesNone() {
		CarrierEvent transit = event("2026-11-20T10:00:00Z", TrackingStatus.IN_TRANSIT, null, "Hamburg");
		CarrierEvent shop = event("2026-11-21T09:00:00Z", TrackingStatus.AVAILABLE_FOR_PICKUP,
				"AVAILABLE_FOR_PICKUP_PARCELSHOP", "Berlin");
		PickupPoint point = CarrierTracking.pickupPlace(new CarrierCode("hermes"), List.of(shop, transit),
				ZoneId.of("Europe/Berlin"));
		assertThat(point).isEqualTo(new PickupPoint(null, null, "10115", "Berlin", "DE", PickupPoint.Type.PARCEL_SHOP,
				null, LocalDate.of(2026, 11, 30), true));
		assertThat(CarrierTracking.pickupPlace(new CarrierCode("hermes"), List.of(transit), ZoneId.of("UTC"))).isNull();
	}

	private static CarrierEvent event(String at, TrackingStatus status, String subStatus, String city) {
		return new CarrierEvent(Instant.parse(at), status, subStatus, null, null,
				CarrierEvent.location(city, "10115", "DE"), null, true);
	}

}
