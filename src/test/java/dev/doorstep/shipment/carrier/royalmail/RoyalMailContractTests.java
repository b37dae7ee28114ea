package dev.doorstep.shipment.carrier.royalmail;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.StatusCodeTable;

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

}
