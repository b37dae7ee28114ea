package dev.doorstep.shipment.carrier.postnl;

import java.time.Instant;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostnlMapperTests {

	private final PostnlMapper mapper = new PostnlMapper();

	@Test
	void dutchLocalTimesBecomeInstantsAcrossDaylightSaving() {
		assertThat(PostnlMapper.timestamp("31-07-2026 09:36:42")).isEqualTo(Instant.parse("2026-07-31T07:36:42Z"));
		assertThat(PostnlMapper.timestamp("20-11-2026 22:37:37.21"))
			.isEqualTo(Instant.parse("2026-11-20T21:37:37.210Z"));
	}

	@Test
	void timelineIsTheStatusHistoryWithoutFillersOrTheRepeatedCurrentStatus() {
		CarrierTracking tracking = found(
				"""
						{"CompleteStatus":{"Shipment":{"Barcode":"3SDEVC987021270",
						 "Event":[{"Code":"J05","Description":"Driver is on the way","TimeStamp":"20-11-2026 08:16:04"}],
						 "Status":{"TimeStamp":"20-11-2026 08:16:04","StatusCode":"7","StatusDescription":"Shipment out for delivery","PhaseCode":"3"},
						 "OldStatus":[
						  {"TimeStamp":"20-11-2026 08:16:04","StatusCode":"7","StatusDescription":"Shipment out for delivery","PhaseCode":"3"},
						  {"TimeStamp":"20-11-2026 07:59:57","StatusCode":"99","StatusDescription":"Not applicable","PhaseCode":"99"},
						  {"TimeStamp":"20-11-2026 07:59:56","StatusCode":"5","StatusDescription":"Shipment sorted","PhaseCode":"2"}]}}}
						""");
		assertThat(tracking.events()).extracting(CarrierEvent::rawCode).containsExactly("5", "7");
		assertThat(tracking.events().getLast().description()).isEqualTo("Driver is on the way");
		assertThat(tracking.events().getFirst().description()).isEqualTo("Shipment sorted");
		assertThat(tracking.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
	}

	@Test
	void unknownStatusCodeTakesItsPhase() {
		CarrierTracking tracking = found(
				"""
						{"CurrentStatus":{"Shipment":{"Barcode":"3SDEVC987021270",
						 "Status":{"TimeStamp":"20-11-2026 13:00:00","StatusCode":"31","StatusDescription":"Something new","PhaseCode":"4"}}}}
						""");
		assertThat(tracking.events().getLast().mapped()).isFalse();
		assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
	}

	@Test
	void gatewayQuotaFaultIsRateLimited() {
		assertThat(this.mapper.parse("{\"fault\":{\"faultstring\":\"Rate limit quota violation\","
				+ "\"detail\":{\"errorcode\":\"policies.ratelimit.QuotaViolation\"}}}"))
			.isEqualTo(new TrackingResult.RateLimited(null));
	}

	private CarrierTracking found(String body) {
		return ((TrackingResult.Found) this.mapper.parse(body)).tracking();
	}

}
