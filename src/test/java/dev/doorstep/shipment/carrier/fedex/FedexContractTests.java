package dev.doorstep.shipment.carrier.fedex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FedexContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return FedexAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new FedexAdapter(properties(baseUrl, "client-id"), clock);
	}

	private static FedexProperties properties(String baseUrl, String clientId) {
		return new FedexProperties(baseUrl, clientId, clientId.isEmpty() ? "" : "client-secret", "en_US",
				Duration.ofSeconds(2));
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.post(WireMock.urlPathEqualTo(FedexClient.TRACKING_PATH))
			.withHeader("Authorization", WireMock.equalTo("Bearer fedex-token"))
			.withHeader("X-locale", WireMock.equalTo("en_US"))
			.withRequestBody(WireMock.matchingJsonPath("$.includeDetailedScans", WireMock.equalTo("true")))
			.withRequestBody(WireMock.matchingJsonPath("$.trackingInfo[0].trackingNumberInfo.trackingNumber",
					WireMock.equalTo(trackingNumber)));
	}

	@Override
	protected String trackingNumber() {
		return "123456789012";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return FedexStatusCodes.TABLE;
	}

	@Override
	protected void stubAuthentication() {
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(FedexClient.TOKEN_PATH))
			.withRequestBody(WireMock.containing("grant_type=client_credentials"))
			.withRequestBody(WireMock.containing("client_id=client-id"))
			.withRequestBody(WireMock.containing("client_secret=client-secret"))
			.willReturn(WireMock.okJson("""
					{"access_token":"fedex-token","token_type":"bearer","expires_in":3599,"scope":"CXS"}""")));
	}

	@Override
	protected String tokenPath() {
		return FedexClient.TOKEN_PATH;
	}

	@Override
	protected int notFoundStatus() {
		// FedEx reports unknown numbers as an error on the track result of a 200 answer.
		return 200;
	}

	@Test
	void offsetsAreKeptAndTheReceiverSigns() {
		serve(200, "delivered");
		CarrierTracking tracking = found(track());
		assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T19:23:11Z"));
		assertThat(tracking.signedBy()).isEqualTo("MILLER");
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("INFO_RECEIVED_LABEL_CREATED");
		assertThat(tracking.events().get(tracking.events().size() - 2).subStatus())
			.isEqualTo("OUT_FOR_DELIVERY_ON_VEHICLE");
		assertThat(tracking.unmapped()).isEmpty();
	}

	@Test
	void estimateIsTheStartOfTheWindow() {
		serve(200, "in-transit");
		assertThat(found(track()).estimatedDelivery()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
	}

	@Test
	void deliveryExceptionIsAFailedAttemptWithItsCause() {
		serve(200, "exception");
		CarrierEvent attempt = found(track()).events().getLast();
		assertThat(attempt.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(attempt.description()).isEqualTo("Delivery exception: Customer not available or business closed");
	}

	@Test
	void unknownEventTypeIsReadThroughItsDerivedCode() {
		StatusCodeTable.Lookup lookup = FedexMapper.lookup("ZX", "DL");
		assertThat(lookup.mapped()).isFalse();
		assertThat(lookup.rawCode()).isEqualTo("ZX");
		assertThat(lookup.mapping().status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(FedexMapper.lookup(null, "PU").mapped()).isTrue();
	}

	@Test
	void groundEconomyHandsOverToUsps() {
		TrackingResult result = new FedexMapper().parse("""
				{"transactionId":"t","output":{"completeTrackResults":[{"trackingNumber":"61299998820821171811",
				"trackResults":[{"trackingNumberInfo":{"trackingNumber":"61299998820821171811"},
				"serviceDetail":{"type":"SMART_POST","description":"FedEx Ground Economy"},
				"additionalTrackingInfo":{"packageIdentifiers":[{"type":"PARTNER_CARRIER_NUMBER",
				"values":["92612999988208211718"]}]},
				"scanEvents":[{"date":"2026-11-21T10:15:00-05:00","eventType":"OX",
				"eventDescription":"Shipment information sent to USPS","derivedStatusCode":"IT",
				"scanLocation":{"city":"EDISON","postalCode":"08837","countryCode":"US"}}]}]}]}}""");
		CarrierTracking tracking = found(result);
		assertThat(tracking.subStatus()).isEqualTo("IN_TRANSIT_HANDED_OVER");
		assertThat(tracking.handovers()).singleElement().satisfies(handover -> {
			assertThat(handover.carrier()).isEqualTo(new CarrierCode("usps"));
			assertThat(handover.trackingNumber()).isEqualTo("92612999988208211718");
		});
	}

	@Test
	void outageIsRetryable() {
		assertThat(new FedexMapper().parse("""
				{"transactionId":"t","errors":[{"code":"SYSTEM.UNAVAILABLE.EXCEPTION",
				"message":"The service is currently unavailable."}]}"""))
			.isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
	}

	@Test
	void withoutCredentialsNothingIsAsked() {
		CarrierAdapter bare = new FedexAdapter(properties(carrierApi.baseUrl(), ""), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void aHoldAtLocationParcelNamesTheFedexLocationWithoutADeadline() {
		serve(200, "pickup");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		// FedEx publishes no holding period we could confirm: no deadline rather than a
		// guess.
		assertThat(tracking.pickupPoint()).isEqualTo(new PickupPoint("FedEx Office Print & Ship Center",
				"1500 VALLEY RD", "07470", "WAYNE", "US", PickupPoint.Type.CARRIER_DEPOT, null, null, false));
	}

}
