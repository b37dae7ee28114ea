package dev.doorstep.shipment.carrier.dhl;

import java.time.Instant;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DhlMapperTests {

	private final DhlMapper mapper = new DhlMapper();

	@Test
	void neighbourDeliveryWithSignatureAndGermanLocalTimes() {
		CarrierTracking tracking = found(fixture("delivered"));
		assertThat(tracking.subStatus()).isEqualTo("DELIVERED_NEIGHBOR");
		assertThat(tracking.signedBy()).isEqualTo("Schmidt");
		// 14:05 in Berlin in November is 13:05 UTC.
		assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T13:05:00Z"));
		assertThat(tracking.events()).extracting(CarrierEvent::subStatus)
			.containsExactly("INFO_RECEIVED_LABEL_CREATED", "IN_TRANSIT_PICKED_UP", "IN_TRANSIT_ARRIVED_AT_HUB",
					"IN_TRANSIT_ARRIVED_AT_HUB", "OUT_FOR_DELIVERY_ON_VEHICLE", "DELIVERED_NEIGHBOR");
		assertThat(tracking.events().getFirst().location()).isNull();
		assertThat(tracking.events().getLast().location().city()).isEqualTo("Berlin");
		assertThat(tracking.events()).allSatisfy(event -> assertThat(event.mapped()).isTrue());
	}

	@Test
	void germanOutForDeliveryWithWindowStart() {
		CarrierTracking tracking = found(fixture("in-transit"));
		assertThat(tracking.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
		assertThat(tracking.subStatus()).isEqualTo("OUT_FOR_DELIVERY_ON_VEHICLE");
		assertThat(tracking.estimatedDelivery()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
		// "Sobald wir die Sendung übernommen haben" speaks of the future: still only
		// announced.
		assertThat(tracking.events().getFirst().status()).isEqualTo(TrackingStatus.INFO_RECEIVED);
		assertThat(tracking.events().get(1).subStatus()).isEqualTo("IN_TRANSIT_PICKED_UP");
	}

	@Test
	void recipientNotAtHomeIsAFailedAttemptOnTheRecipient() {
		CarrierTracking tracking = found(fixture("exception"));
		CarrierEvent newest = tracking.events().getLast();
		assertThat(newest.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(newest.subStatus()).isEqualTo("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		assertThat(newest.incidentReason()).isEqualTo(IncidentReason.RECIPIENT);
		assertThat(newest.rawCode()).isEqualTo("failure");
	}

	@Test
	void eCommerceHandoverToUspsNamesTheLocalNumber() {
		CarrierTracking tracking = found(fixture("handover"));
		assertThat(tracking.handovers())
			.containsExactly(new Handover(new CarrierCode("usps"), "9261290100130435082678"));
		assertThat(tracking.subStatus()).isEqualTo("IN_TRANSIT_HANDED_OVER");
		assertThat(tracking.events().getFirst().occurredAt()).isEqualTo(Instant.parse("2026-11-19T09:20:00Z"));
	}

	@Test
	void noHandoverWithoutANamedCarrier() {
		CarrierTracking tracking = found(shipment("""
				"details": {"references": [{"number": "LOCAL123", "type": "local-tracking-number"}]},
				"events": [{"timestamp": "2026-11-20T10:00:00Z", "statusCode": "transit",
				  "description": "Shipment handed over to the delivery partner"}]"""));
		assertThat(tracking.handovers()).isEmpty();
	}

	@Test
	void deliveryOfAReturnedShipmentIsAReturnNotADelivery() {
		CarrierTracking tracking = found(shipment("""
				"returnFlag": true,
				"events": [{"timestamp": "2026-11-20T10:00:00Z", "statusCode": "delivered", "status": "Delivered",
				  "description": "The shipment has been delivered."}]"""));
		assertThat(tracking.delivered()).isFalse();
		assertThat(tracking.status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(tracking.subStatus()).isEqualTo("EXCEPTION_RETURNED_TO_SENDER");
	}

	@Test
	void pickupAtPackstationAndExpressOffsets() {
		CarrierTracking tracking = found(shipment("""
				"service": "express",
				"events": [
				  {"timestamp": "2026-11-20T10:00:00+01:00", "statusCode": "transit",
				   "description": "The shipment is ready for pick-up at the PACKSTATION."},
				  {"timestamp": "2026-11-20T09:00:00+01:00", "statusCode": "transit",
				   "description": "Customs clearance status updated"}]"""));
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.subStatus()).isEqualTo("AVAILABLE_FOR_PICKUP_LOCKER");
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("IN_TRANSIT_CUSTOMS_STARTED");
		assertThat(tracking.events().getFirst().occurredAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
	}

	@Test
	void onlyTheStatusWithoutEventsIsOneEvent() {
		CarrierTracking tracking = found(shipment("""
				"status": {"timestamp": "2026-11-20T10:00:00Z", "statusCode": "pre-transit",
				  "description": "Shipment information received"}"""));
		assertThat(tracking.status()).isEqualTo(TrackingStatus.INFO_RECEIVED);
		assertThat(tracking.events()).hasSize(1);
	}

	@Test
	void problemsMapToTheirResults() {
		assertThat(this.mapper.parse(fixture("not-found"))).isInstanceOf(TrackingResult.NotFound.class);
		assertThat(this.mapper.parse(fixture("unauthorized"))).isInstanceOf(TrackingResult.Unauthorized.class);
		assertThat(this.mapper.parse("""
				{"status": 400, "title": "Bad Request", "detail": "Invalid value for service"}"""))
			.isEqualTo(new TrackingResult.Failed("DHL answered 400: Bad Request: Invalid value for service", false));
		assertThat(this.mapper
			.parse("""
					{"status": 429, "title": "Too many requests", "detail": "Too many requests within defined time period."}"""))
			.isEqualTo(new TrackingResult.RateLimited(null));
		assertThat(this.mapper.parse("{\"shipments\": []}")).isInstanceOf(TrackingResult.NotFound.class);
	}

	private CarrierTracking found(String body) {
		TrackingResult result = this.mapper.parse(body);
		assertThat(result).isInstanceOf(TrackingResult.Found.class);
		return ((TrackingResult.Found) result).tracking();
	}

	private static String shipment(String fields) {
		return "{\"shipments\": [{\"id\": \"00340434161094042557\", " + fields + "}]}";
	}

	static String fixture(String name) {
		return UnifiedFixtures.read("dhl", name);
	}

}
