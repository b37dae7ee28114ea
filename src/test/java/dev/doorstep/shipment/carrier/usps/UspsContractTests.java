package dev.doorstep.shipment.carrier.usps;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UspsContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return UspsAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new UspsAdapter(new UspsProperties(baseUrl, "test-client", "test-secret", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/tracking/v3/tracking/" + trackingNumber))
			.withQueryParam("expand", WireMock.equalTo("DETAIL"))
			.withHeader("Authorization", WireMock.equalTo("Bearer test-usps-token"));
	}

	@Override
	protected String trackingNumber() {
		return "9400111899223197428490";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return UspsStatusCodes.TABLE;
	}

	@Override
	protected void stubAuthentication() {
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(UspsClient.TOKEN_PATH))
			.withRequestBody(WireMock.containing("grant_type=client_credentials"))
			.withRequestBody(WireMock.containing("client_id=test-client"))
			.withRequestBody(WireMock.containing("client_secret=test-secret"))
			.willReturn(WireMock.aResponse()
				.withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(fixture("token"))));
	}

	@Override
	protected String tokenPath() {
		return UspsClient.TOKEN_PATH;
	}

	@Test
	void withoutCredentialsNothingIsCalled() {
		CarrierAdapter bare = new UspsAdapter(new UspsProperties(carrierApi.baseUrl(), "", "", Duration.ofSeconds(5)),
				CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

}
