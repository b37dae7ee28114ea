package dev.doorstep.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the push, Messenger and webhook channels at the shared WireMock server
 * ({@link CarrierApiStub#server()}), which plays push services, the Graph API and
 * merchants' endpoints over real HTTP.
 */
public final class NotificationChannelStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String MESSENGER_PAGE_ID = "104857600000001";

	public static final String MESSENGER_PAGE_TOKEN = "test-page-token";

	public static final String MESSENGER_APP_SECRET = "test-app-secret";

	public static final String MESSENGER_VERIFY_TOKEN = "test-verify-token";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		// The stub speaks plain HTTP; production endpoints must be HTTPS.
		properties.put("doorstep.notification.webpush.allow-http-endpoints", "true");
		properties.put("doorstep.notification.webhook.allow-http", "true");
		properties.put("doorstep.notification.messenger.base-url", CarrierApiStub.server().baseUrl() + "/graph/v21.0");
		properties.put("doorstep.notification.messenger.page-id", MESSENGER_PAGE_ID);
		properties.put("doorstep.notification.messenger.page-access-token", MESSENGER_PAGE_TOKEN);
		properties.put("doorstep.notification.messenger.app-secret", MESSENGER_APP_SECRET);
		properties.put("doorstep.notification.messenger.verify-token", MESSENGER_VERIFY_TOKEN);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("notification-channel-stubs", properties));
	}

}
