package dev.doorstep.shipment.carrier.dhl;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.StatusCodeTable;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

class DhlContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return DhlAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new DhlAdapter(new DhlProperties(baseUrl, "test-key", "", "en", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.withQueryParam("trackingNumber", equalTo(trackingNumber))
			.withQueryParam("language", equalTo("en"))
			.withHeader("DHL-API-Key", equalTo("test-key"));
	}

	@Override
	protected String trackingNumber() {
		return "00340434161094042557";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return DhlStatusCodes.TABLE;
	}

}
