package dev.doorstep.shipment.carrier.ups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpsContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return UpsAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new UpsAdapter(properties(baseUrl, "client-id"), clock);
	}

	private static UpsProperties properties(String baseUrl, String clientId) {
		return new UpsProperties(baseUrl, clientId, clientId.isEmpty() ? "" : "client-secret", "doorstep", "en_US",
				Duration.ofSeconds(2));
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo(UpsClient.TRACKING_PATH + trackingNumber))
			.withQueryParam("locale", WireMock.equalTo("en_US"))
			.withHeader("Authorization", WireMock.equalTo("Bearer ups-token"))
			.withHeader("transId", WireMock.matching("[0-9a-f]{32}"))
			.withHeader("transactionSrc", WireMock.equalTo("doorstep"));
	}

	@Override
	protected String trackingNumber() {
		return "1Z023E2X0214323462";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return UpsStatusCodes.TABLE;
	}

	@Override
	protected void stubAuthentication() {
		// Basic base64("client-id:client-secret"); UPS wants the client in the header.
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(UpsClient.TOKEN_PATH))
			.withHeader("Authorization", WireMock.equalTo("Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ="))
			.withRequestBody(WireMock.equalTo("grant_type=client_credentials"))
			.willReturn(WireMock.okJson("""
					{"token_type":"Bearer","issued_at":"1763900000000","client_id":"client-id",
					"access_token":"ups-token","expires_in":"14399","status":"approved"}""")));
	}

	@Override
	protected String tokenPath() {
		return UpsClient.TOKEN_PATH;
	}

	@Test
	void gmtTimesAreUtcAndTheReceiverSigns() {
		serve(200, "delivered");
		CarrierTracking tracking = found(track());
		// gmtTime "19:23:11" is UTC; the local time 14:23:11 at -05:00 is the same
		// moment.
		assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T19:23:11Z"));
		assertThat(tracking.signedBy()).isEqualTo("MILLER");
		assertThat(tracking.estimatedDelivery()).isNull();
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("INFO_RECEIVED_LABEL_CREATED");
		// "81500" is 08:15:00 without its leading zero.
		assertThat(tracking.events().get(2).occurredAt()).isEqualTo(Instant.parse("2026-11-20T08:15:00Z"));
		assertThat(tracking.events().get(1).subStatus()).isEqualTo("IN_TRANSIT_PICKED_UP");
		assertThat(tracking.unmapped()).isEmpty();
	}

	@Test
	void scheduledWindowIsTheEstimateInLocalTime() {
		serve(200, "in-transit");
		CarrierTracking tracking = found(track());
		assertThat(tracking.estimatedDelivery()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
	}

	@Test
	void missedReceiverIsAFailedAttemptAndTheRescheduledDateTheEstimate() {
		serve(200, "exception");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(tracking.subStatus()).isEqualTo("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		// RDD (rescheduled) wins over SDD (scheduled), at the window's start in local
		// time.
		assertThat(tracking.estimatedDelivery()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
	}

	@Test
	void notFoundAlsoComesAsWarningWithStatus200() {
		TrackingResult result = new UpsMapper().parse("""
				{"trackResponse":{"shipment":[{"inquiryNumber":"1Z5629230309413682",
				"warnings":[{"code":"TW0001","message":"Tracking Information Not Found"}]}]}}""");
		assertThat(result).isInstanceOf(TrackingResult.NotFound.class);
	}

	@Test
	void unknownStatusCodeFallsBackToItsType() {
		StatusCodeTable.Lookup exception = UpsMapper.lookup("099", "X");
		assertThat(exception.mapped()).isFalse();
		assertThat(exception.rawCode()).isEqualTo("099");
		assertThat(exception.mapping().status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(UpsMapper.lookup("040", "D").mapping().status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		for (StatusCodeTable.Entry entry : UpsStatusCodes.TYPES.entries()) {
			assertThat(UpsStatusCodes.TYPES.lookup(entry.code()).mapped()).isTrue();
		}
	}

	@Test
	void mailInnovationsHandsOverToUsps() {
		TrackingResult result = new UpsMapper()
			.parse("""
					{"trackResponse":{"shipment":[{"inquiryNumber":"92419900000033499522966220","package":[{
					"trackingNumber":"92419900000033499522966220",
					"alternateTrackingNumber":[{"number":"92419900000033499522966220","type":"USPS_PIC"}],
					"activity":[{"location":{"address":{"city":"Edgewood","stateProvince":"NY","countryCode":"US"}},
					"status":{"type":"I","description":"Package transferred to post office","code":"ZC","statusCode":"025"},
					"date":"20261121","time":"101500","gmtDate":"20261121","gmtTime":"151500","gmtOffset":"-05:00"}]}]}]}}""");
		CarrierTracking tracking = found(result);
		assertThat(tracking.subStatus()).isEqualTo("IN_TRANSIT_HANDED_OVER");
		assertThat(tracking.handovers()).singleElement().satisfies(handover -> {
			assertThat(handover.carrier()).isEqualTo(new CarrierCode("usps"));
			assertThat(handover.trackingNumber()).isEqualTo("92419900000033499522966220");
		});
	}

	@Test
	void shopCredentialsWinOverTheInstance() {
		serve(200, "in-transit");
		CarrierAdapter bare = new UpsAdapter(properties(carrierApi.baseUrl(), ""), CLOCK);
		TrackingQuery query = new TrackingQuery(trackingNumber(), null, null,
				new CarrierCredentials("client-id", "client-secret", null));
		assertThat(bare.canTrack(query)).isTrue();
		found(bare.track(query));
	}

	@Test
	void withoutCredentialsNothingIsAsked() {
		CarrierAdapter bare = new UpsAdapter(properties(carrierApi.baseUrl(), ""), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void refusedTokenIsFetchedAgain() {
		serve(401, "unauthorized");
		assertThat(track()).isInstanceOf(TrackingResult.Unauthorized.class);
		serve(200, "in-transit");
		found(track());
		carrierApi.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo(UpsClient.TOKEN_PATH)));
	}

	@Test
	void anAccessPointParcelNamesTheAccessPointAndItsPickupByDate() {
		serve(200, "pickup");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.pickupPoint()).isEqualTo(new PickupPoint("CVS PHARMACY #1234", "100 MAIN ST", "07470",
				"WAYNE", "US", PickupPoint.Type.PARCEL_SHOP, null, LocalDate.of(2026, 11, 30), false));
	}

	@Test
	void aHoldAtAUpsLocationWithoutAccessPointIsTheScanPlaceWithAnEstimatedDeadline() {
		String body = fixture("pickup")
			.replace("\"accessPointInformation\": {\n              \"pickupByDate\": \"20261130\"\n            },", "")
			.replace("\"statusCode\": \"040\"", "\"statusCode\": \"017\"");
		CarrierTracking tracking = found(new UpsMapper().parse(body));
		// UPS names no deadline then: seven days from the hold, 21 November local time.
		assertThat(tracking.pickupPoint()).isEqualTo(new PickupPoint(null, null, "07470", "Wayne", "US",
				PickupPoint.Type.CARRIER_DEPOT, null, LocalDate.of(2026, 11, 27), true));
	}

}
