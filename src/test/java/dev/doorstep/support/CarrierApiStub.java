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

	public static final String TWILIO_ACCOUNT = "AC00000000000000000000000000000001";

	public static final String TWILIO_TOKEN = "test-twilio-auth-token";

	public static final String WHATSAPP_APP_SECRET = "test-whatsapp-app-secret";

	public static final String WHATSAPP_VERIFY_TOKEN = "test-whatsapp-verify-token";

	private static WireMockServer server;

	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(wireMockConfig().dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** Where the shared context's DHL returns API lives on this server. */
	public static final String DHL_RETURNS_PATH = "/dhl-returns-shared/v1";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String baseUrl = server().baseUrl();
		Map<String, Object> properties = new HashMap<>();
		for (String code : CarrierCode.known()) {
			properties.put("doorstep.carrier." + code + ".base-url", baseUrl);
		}
		// Messaging providers: webhook secrets only. Sending stays unconfigured, so SMS
		// and
		// WhatsApp go to the dev mailbox in the shared context; sender tests build their
		// own configured sender against this server.
		properties.put("doorstep.notification.twilio.base-url", baseUrl);
		properties.put("doorstep.notification.twilio.account-sid", TWILIO_ACCOUNT);
		properties.put("doorstep.notification.twilio.auth-token", TWILIO_TOKEN);
		properties.put("doorstep.notification.whatsapp.base-url", baseUrl + "/v21.0");
		properties.put("doorstep.notification.whatsapp.app-secret", WHATSAPP_APP_SECRET);
		properties.put("doorstep.notification.whatsapp.verify-token", WHATSAPP_VERIFY_TOKEN);
		// DHL return labels for parcels from Austria only: returns from Germany, as most
		// tests make them, keep the Doorstep label alone and call nobody.
		properties.put("doorstep.returns.dhl.base-url", baseUrl + DHL_RETURNS_PATH);
		properties.put("doorstep.returns.dhl.api-key", "shared-returns-key");
		properties.put("doorstep.returns.dhl.username", "shared-returns-user");
		properties.put("doorstep.returns.dhl.password", "shared-returns-password");
		properties.put("doorstep.returns.dhl.receiver-ids.AT", "aut");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("carrier-api-stub", properties));
	}

}
