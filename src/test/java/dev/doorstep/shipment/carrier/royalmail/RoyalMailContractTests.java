package dev.doorstep.shipment.carrier.royalmail;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoyalMailContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return RoyalMailAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new RoyalMailAdapter(
				new RoyalMailProperties(baseUrl, "test-client-id", "test-client-secret", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/mailpieces/v2/" + trackingNumber + "/events"))
			.withHeader("X-IBM-Client-Id", WireMock.equalTo("test-client-id"))
			.withHeader("X-IBM-Client-Secret", WireMock.equalTo("test-client-secret"))
			.withHeader("X-Accept-RMG-Terms", WireMock.equalTo("yes"));
	}

	@Override
	protected String trackingNumber() {
		return "FQ087430672GB";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return RoyalMailStatusCodes.TABLE;
	}

	@Test
	void withoutCredentialsNothingIsCalled() {
		CarrierAdapter bare = new RoyalMailAdapter(
				new RoyalMailProperties(carrierApi.baseUrl(), "", "", Duration.ofSeconds(5)), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void theShopsOwnCredentialsAreUsed() {
		carrierApi.stubFor(WireMock.get(WireMock.urlPathEqualTo("/mailpieces/v2/" + trackingNumber() + "/events"))
			.withHeader("X-IBM-Client-Id", WireMock.equalTo("shop-id"))
			.withHeader("X-IBM-Client-Secret", WireMock.equalTo("shop-secret"))
			.willReturn(WireMock.aResponse()
				.withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(fixture("in-transit"))));
		CarrierAdapter bare = new RoyalMailAdapter(
				new RoyalMailProperties(carrierApi.baseUrl(), "", "", Duration.ofSeconds(5)), CLOCK);
		TrackingQuery query = new TrackingQuery(trackingNumber(), null, null,
				new CarrierCredentials("shop-id", "shop-secret", null));
		assertThat(bare.canTrack(query)).isTrue();
		assertThat(bare.track(query)).isInstanceOf(TrackingResult.Found.class);
	}

}
