package dev.doorstep.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the helpdesk adapters at the shared WireMock server ({@link CarrierApiStub}):
 * Zendesk under {@code /zendesk/{account}}, Freshdesk under {@code /freshdesk/{account}},
 * over plain HTTP to localhost (production requires HTTPS and public hosts).
 */
public final class HandoverStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		String base = CarrierApiStub.server().baseUrl();
		properties.put("doorstep.support.handover.zendesk-url", base + "/zendesk/{account}");
		properties.put("doorstep.support.handover.freshdesk-url", base + "/freshdesk/{account}");
		properties.put("doorstep.support.handover.allow-http", "true");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("handover-stubs", properties));
	}

}
