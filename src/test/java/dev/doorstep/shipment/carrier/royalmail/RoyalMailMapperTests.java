package dev.doorstep.shipment.carrier.royalmail;

import java.time.Instant;

import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.Handover;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoyalMailMapperTests {

	private final RoyalMailMapper mapper = new RoyalMailMapper();

	@Test
	void localCollectIsWaitingAtThePostOfficeNotDelivered() {
		CarrierTracking tracking = found(
				"""
						{"mailPieces":{"mailPieceId":"FQ087430672GB","summary":{"oneDBarcode":"FQ087430672GB"},
						 "events":[{"eventCode":"EVPLA","eventName":"Ready for collection","eventDateTime":"2026-07-20T10:04:00+01:00","locationName":"Stafford Post Office"}]}}
						""");
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.delivered()).isFalse();
		assertThat(tracking.events().getFirst().occurredAt()).isEqualTo(Instant.parse("2026-07-20T09:04:00Z"));
	}

	@Test
	void notificationEventsAreNotWhereTheItemIs() {
		CarrierTracking tracking = found(
				"""
						{"mailPieces":{"mailPieceId":"FQ087430672GB","events":[
						 {"eventCode":"NRDSS","eventName":"Notification issued","eventDateTime":"2026-11-20T08:00:00+00:00"},
						 {"eventCode":"EVGPD","eventName":"Ready for delivery","eventDateTime":"2026-11-20T07:30:00+00:00","locationName":"Stafford DO"}]}}
						""");
		assertThat(tracking.events()).hasSize(1);
		assertThat(tracking.status()).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
	}

	@Test
	void internationalItemIsHandedToTheDestinationPost() {
		CarrierTracking tracking = found(
				"""
						{"mailPieces":{"mailPieceId":"RR123456785GB","summary":{"oneDBarcode":"RR123456785GB",
						  "productCategory":"INTERNATIONAL","destinationCountryCode":"USA",
						  "internationalPostalProvider":{"url":"https://www.usps.com","title":"United States Postal Service","description":"United States Postal Service"}},
						 "events":[{"eventCode":"EVHOE","eventName":"Item Leaving the UK","eventDateTime":"2026-11-20T10:04:00+00:00","locationName":"Heathrow Worldwide DC"}]}}
						""");
		assertThat(tracking.handovers())
			.containsExactly(new Handover(new dev.doorstep.shipment.CarrierCode("usps"), "RR123456785GB"));
	}

	@Test
	void gatewayErrorsByHttpCode() {
		assertThat(this.mapper.parse("{\"httpCode\":\"429\",\"httpMessage\":\"Too Many Requests\"}"))
			.isEqualTo(new TrackingResult.RateLimited(null));
		assertThat(this.mapper.parse("{\"httpCode\":\"400\",\"httpMessage\":\"Bad Request\",\"errors\":"
				+ "[{\"errorCode\":\"E1142\",\"errorDescription\":\"Barcode reference isn't recognised\"}]}"))
			.isInstanceOf(TrackingResult.NotFound.class);
	}

	private CarrierTracking found(String body) {
		return ((TrackingResult.Found) this.mapper.parse(body)).tracking();
	}

}
