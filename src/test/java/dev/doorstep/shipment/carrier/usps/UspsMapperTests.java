package dev.doorstep.shipment.carrier.usps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UspsMapperTests {

	private final UspsMapper mapper = new UspsMapper();

	@Test
	void deliveryKindComesFromTheEventTextOfCode01() throws IOException {
		CarrierTracking tracking = found("delivered");
		CarrierEvent delivered = tracking.events().getLast();
		assertThat(delivered.rawCode()).isEqualTo("01");
		assertThat(delivered.subStatus()).isEqualTo("DELIVERED_MAILBOX");
		assertThat(tracking.subStatus()).isEqualTo("DELIVERED_MAILBOX");
		assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T19:12:00Z"));
		assertThat(tracking.events().getFirst().status()).isEqualTo(TrackingStatus.INFO_RECEIVED);
		assertThat(delivered.location().city()).isEqualTo("AUSTIN, TX");
		assertThat(delivered.location().country()).isEqualTo("US");
		assertThat(tracking.estimatedDelivery()).isEqualTo(Instant.parse("2026-11-20T21:00:00Z"));
	}

	@Test
	void eventTimeWithoutGmtTimestampUsesTheGmtOffset() {
		String body = """
				{"trackingNumber":"9400111899223197428490","trackingEvents":[
				 {"eventType":"Out for Delivery","eventTimestamp":"2026-11-20T06:10:00","GMTOffset":"-06:00","eventCode":"OF"},
				 {"eventType":"Arrived at Post Office","eventTimestamp":"2026-07-20T05:02:00","eventCode":"07"}]}
				""";
		CarrierTracking tracking = ((TrackingResult.Found) this.mapper.parse(body)).tracking();
		assertThat(tracking.events()).extracting(CarrierEvent::occurredAt)
			// The second has neither: read in Eastern time (EDT in July).
			.containsExactly(Instant.parse("2026-07-20T09:02:00Z"), Instant.parse("2026-11-20T12:10:00Z"));
		assertThat(tracking.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
	}

	@Test
	void signedByIsTheNameOnTheDeliveryEvent() {
		String body = """
				{"trackingNumber":"9400111899223197428490","trackingEvents":[
				 {"eventType":"Delivered, Left with Individual","GMTTimestamp":"2026-11-20T19:12:00Z","eventCode":"01","name":"J SMITH"}]}
				""";
		CarrierTracking tracking = ((TrackingResult.Found) this.mapper.parse(body)).tracking();
		assertThat(tracking.signedBy()).isEqualTo("J SMITH");
		assertThat(tracking.subStatus()).isEqualTo("DELIVERED_RECIPIENT");
	}

	@Test
	void gatewayTokenErrorIsUnauthorized() {
		assertThat(this.mapper.parse("{\"error\":\"invalid_token\",\"error_description\":\"expired\"}"))
			.isInstanceOf(TrackingResult.Unauthorized.class);
	}

	private CarrierTracking found(String fixture) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/shipment/carrier/usps/" + fixture + ".json")) {
			TrackingResult result = this.mapper.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return ((TrackingResult.Found) result).tracking();
		}
	}

}
