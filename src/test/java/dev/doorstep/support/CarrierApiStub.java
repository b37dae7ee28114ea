package dev.doorstep.support;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.doorstep.shipment.CarrierCode;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * One WireMock server for the shared test context, standing in for every carrier API over
 * real HTTP: each adapter's {@code base-url} points at it. Tests stub the calls they
 * expect, with tracking numbers of their own, so they do not see each other's stubs.
 */
public final class CarrierApiStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static WireMockServer server;

	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(wireMockConfig().dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String baseUrl = server().baseUrl();
		Map<String, Object> properties = new HashMap<>();
		for (String code : CarrierCode.known()) {
			properties.put("doorstep.carrier." + code + ".base-url", baseUrl);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("carrier-api-stub", properties));
	}

}
