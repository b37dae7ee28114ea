package dev.doorstep.shipment.carrier.deutschepost;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.TrackingResult;
import dev.doorstep.shipment.carrier.dhl.UnifiedFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeutschePostMapperTests {

	private final DeutschePostMapper mapper = new DeutschePostMapper();

	@Test
	void letterIntoTheMailbox() {
		CarrierTracking tracking = found(fixture("delivered"));
		assertThat(tracking.carrier()).isEqualTo(DeutschePostAdapter.CODE);
		assertThat(tracking.subStatus()).isEqualTo("DELIVERED_MAILBOX");
		assertThat(tracking.events()).extracting(event -> event.subStatus())
			.containsExactly("IN_TRANSIT_PICKED_UP", "IN_TRANSIT_ARRIVED_AT_HUB", "OUT_FOR_DELIVERY_ON_VEHICLE",
					"DELIVERED_MAILBOX");
	}

	@Test
	void undeliverableGoesBackToTheSender() {
		CarrierTracking tracking = found(fixture("exception"));
		assertThat(tracking.status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(tracking.subStatus()).isEqualTo("EXCEPTION_RETURNING_TO_SENDER");
	}

	@Test
	void internationalItemHandedOverToRoyalMailKeepsItsS10Number() {
		CarrierTracking tracking = found(fixture("handover"));
		assertThat(tracking.handovers()).containsExactly(new Handover(new CarrierCode("royal-mail"), "RR123456785DE"));
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("IN_TRANSIT_DEPARTED_HUB");
	}

	@Test
	void handingOverToDhlIsTheSameNetworkNotANewLeg() {
		CarrierTracking tracking = found("""
				{"shipments": [{"id": "RR123456785DE", "service": "post-de", "events": [
				  {"timestamp": "2026-11-20T10:00:00", "statusCode": "transit",
				   "description": "Die Sendung wurde an DHL übergeben."}]}]}""");
		assertThat(tracking.handovers()).isEmpty();
	}

	private CarrierTracking found(String body) {
		TrackingResult result = this.mapper.parse(body);
		assertThat(result).isInstanceOf(TrackingResult.Found.class);
		return ((TrackingResult.Found) result).tracking();
	}

	static String fixture(String name) {
		return UnifiedFixtures.read("deutsche-post", name);
	}

}
