package dev.doorstep.shipment.carrier.postnl;

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

class PostnlContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return PostnlAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new PostnlAdapter(new PostnlProperties(baseUrl, "test-api-key", "EN", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo(PostnlClient.STATUS_PATH + trackingNumber))
			.withQueryParam("detail", WireMock.equalTo("true"))
			.withQueryParam("language", WireMock.equalTo("EN"))
			.withHeader("apikey", WireMock.equalTo("test-api-key"));
	}

	@Override
	protected String trackingNumber() {
		return "3SDEVC987021270";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return PostnlStatusCodes.TABLE;
	}

	@Test
	void withoutCredentialsNothingIsCalled() {
		CarrierAdapter bare = new PostnlAdapter(
				new PostnlProperties(carrierApi.baseUrl(), "", "EN", Duration.ofSeconds(5)), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void theShopsOwnCredentialsAreUsed() {
		carrierApi.stubFor(WireMock.get(WireMock.urlPathEqualTo(PostnlClient.STATUS_PATH + trackingNumber()))
			.withHeader("apikey", WireMock.equalTo("shop-key"))
			.willReturn(WireMock.aResponse()
				.withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(fixture("in-transit"))));
		CarrierAdapter bare = new PostnlAdapter(
				new PostnlProperties(carrierApi.baseUrl(), "", "EN", Duration.ofSeconds(5)), CLOCK);
		TrackingQuery query = new TrackingQuery(trackingNumber(), null, null,
				new CarrierCredentials("shop-key", null, null));
		assertThat(bare.canTrack(query)).isTrue();
		assertThat(bare.track(query)).isInstanceOf(TrackingResult.Found.class);
	}

}
