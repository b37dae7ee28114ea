package dev.doorstep.shipment.carrier.postnl;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.StatusCodeTable;

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

}
