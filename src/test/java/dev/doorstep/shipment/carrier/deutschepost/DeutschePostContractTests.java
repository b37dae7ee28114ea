package dev.doorstep.shipment.carrier.deutschepost;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.StatusCodeTable;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

class DeutschePostContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return DeutschePostAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new DeutschePostAdapter(
				new DeutschePostProperties(baseUrl, "test-key", "post-de", "en", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.withQueryParam("trackingNumber", equalTo(trackingNumber))
			.withQueryParam("service", equalTo("post-de"))
			.withHeader("DHL-API-Key", equalTo("test-key"));
	}

	@Override
	protected String trackingNumber() {
		return "RR123456785DE";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return DeutschePostStatusCodes.TABLE;
	}

}
