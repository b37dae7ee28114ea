package dev.doorstep.shipment.carrier.hermes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HermesContractTests extends AbstractCarrierContractTests {

	private static final String TOKEN_PATH = "/authorization-facade/oauth2/access_token";

	@Override
	protected CarrierCode carrier() {
		return HermesAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new HermesAdapter(properties(baseUrl, "shop-user"), clock);
	}

	private static HermesProperties properties(String baseUrl, String username) {
		return new HermesProperties(baseUrl + "/services/hsi", baseUrl + TOKEN_PATH, "hsi.client", "client-secret",
				username, "user-password", "DE", Duration.ofSeconds(2));
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/services/hsi" + HermesClient.SHIPMENT_INFO_PATH))
			.withQueryParam("shipmentID", WireMock.equalTo(trackingNumber))
			.withHeader("Authorization", WireMock.equalTo("Bearer hermes-token"))
			.withHeader("Accept-Language", WireMock.equalTo("DE"));
	}

	@Override
	protected String trackingNumber() {
		return "H1001990012345678901";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return HermesStatusCodes.TABLE;
	}

	@Override
	protected void stubAuthentication() {
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(WireMock.containing("grant_type=password"))
			.withRequestBody(WireMock.containing("client_id=hsi.client"))
			.withRequestBody(WireMock.containing("username=shop-user"))
			.willReturn(WireMock.okJson("""
					{"access_token":"hermes-token","token_type":"bearer","expires_in":7199,"refresh_token":"r"}""")));
	}

	@Override
	protected String tokenPath() {
		return TOKEN_PATH;
	}

	@Override
	protected int notFoundStatus() {
		// HSI reports unknown shipment IDs inside a 200 answer (result e001).
		return 200;
	}

	@Override
	protected int unauthorizedStatus() {
		// HSI answers an invalid or expired token with 400 and e902/e903.
		return 400;
	}

	@Test
	void germanTextsCodesAndForecastAreKept() {
		serve(200, "in-transit");
		CarrierTracking tracking = found(track());
		CarrierEvent newest = tracking.events().getLast();
		assertThat(newest.rawCode()).isEqualTo("2000");
		assertThat(newest.subStatus()).isEqualTo("IN_TRANSIT_ARRIVED_AT_HUB");
		assertThat(newest.description()).isEqualTo("Die Sendung ist im Hermes Verteilzentrum Hamburg eingetroffen.");
		assertThat(newest.location().country()).isEqualTo("DE");
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("INFO_RECEIVED_LABEL_CREATED");
		// 2026-11-21 10:00 in Germany
		assertThat(tracking.estimatedDelivery()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
	}

	@Test
	void recipientAbsentIsAFailedAttemptAtTheRecipient() {
		serve(200, "exception");
		CarrierEvent newest = found(track()).events().getLast();
		assertThat(newest.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(newest.subStatus()).isEqualTo("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		assertThat(newest.incidentReason()).isEqualTo(IncidentReason.RECIPIENT);
	}

	@Test
	void nineDigitCodesMapLikeTheirFourDigitTwins() {
		assertThat(HermesStatusCodes.TABLE.lookup(HermesStatusCodes.normalize("090-003-008")).mapping().subStatus())
			.isEqualTo("DELIVERED_PICKED_UP");
		assertThat(HermesStatusCodes.TABLE.lookup("3530").mapping().subStatus()).isEqualTo("DELIVERED_PICKED_UP");
		// an unlisted detail of the delivered group is still a delivery, but counted
		StatusCodeTable.Lookup unknown = HermesStatusCodes.TABLE.lookup("090009004");
		assertThat(unknown.mapped()).isFalse();
		assertThat(unknown.mapping().status()).isEqualTo(TrackingStatus.DELIVERED);
	}

	@Test
	void eachHsiUserHasItsOwnToken() {
		serve(200, "in-transit");
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(WireMock.containing("username=other-shop"))
			.willReturn(WireMock.okJson("{\"access_token\":\"hermes-token\",\"expires_in\":7199}")));
		found(track());
		found(this.adapter.track(new TrackingQuery(trackingNumber(), null, null,
				new CarrierCredentials("other-shop", "other-password", null))));
		carrierApi.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo(TOKEN_PATH)));
	}

	@Test
	void expiredTokenIsFetchedAgain() {
		serve(400, "unauthorized");
		assertThat(track()).isInstanceOf(TrackingResult.Unauthorized.class);
		serve(200, "in-transit");
		found(track());
		carrierApi.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo(TOKEN_PATH)));
	}

	@Test
	void withoutCredentialsNothingIsAsked() {
		CarrierAdapter bare = new HermesAdapter(properties(carrierApi.baseUrl(), ""), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

}
