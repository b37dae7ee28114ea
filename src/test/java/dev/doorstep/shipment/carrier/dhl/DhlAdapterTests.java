package dev.doorstep.shipment.carrier.dhl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** What the contract does not cover: which key, service and postcode go out. */
class DhlAdapterTests {

	@RegisterExtension
	static final WireMockExtension carrierApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

	private CarrierAdapter adapter() {
		return new DhlAdapter(new DhlProperties(carrierApi.baseUrl(), "test-key", "", "en", Duration.ofSeconds(5)),
				this.clock);
	}

	private static String trackingNumber() {
		return "00340434161094042557";
	}

	@Test
	void withoutAnyKeyNothingIsAsked() {
		CarrierAdapter unconfigured = new DhlAdapter(
				new DhlProperties(carrierApi.baseUrl(), "", "", "en", Duration.ofSeconds(5)), clock);
		TrackingQuery query = TrackingQuery.of(trackingNumber());
		assertThat(unconfigured.canTrack(query)).isFalse();
		assertThat(unconfigured.track(query)).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

	@Test
	void theShopsOwnKeyWinsAndThePostcodeIsSent() {
		carrierApi.stubFor(WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.withQueryParam("trackingNumber", equalTo(trackingNumber()))
			.withQueryParam("recipientPostalCode", equalTo("10115"))
			.withHeader("DHL-API-Key", equalTo("shop-key"))
			.willReturn(WireMock.okJson(DhlMapperTests.fixture("delivered"))));
		TrackingQuery query = new TrackingQuery(trackingNumber(), "10115", "DE",
				new CarrierCredentials("shop-key", null, null));
		assertThat(adapter().track(query)).isInstanceOf(TrackingResult.Found.class);
	}

	@Test
	void aConfiguredServiceIsAskedFor() {
		CarrierAdapter express = new DhlAdapter(
				new DhlProperties(carrierApi.baseUrl(), "test-key", "express", "de", Duration.ofSeconds(5)), clock);
		carrierApi.stubFor(WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.withQueryParam("service", equalTo("express"))
			.withQueryParam("language", equalTo("de"))
			.willReturn(WireMock.okJson(DhlMapperTests.fixture("in-transit"))));
		assertThat(express.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Found.class);
	}

	@Test
	void aGatewayPageInsteadOfJsonIsAFailureNotAnException() {
		carrierApi.stubFor(WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.willReturn(WireMock.aResponse().withStatus(404).withBody("<html>Not Found</html>")));
		assertThat(adapter().track(TrackingQuery.of(trackingNumber())))
			.isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
	}

}
