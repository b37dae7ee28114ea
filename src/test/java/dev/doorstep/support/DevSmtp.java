package dev.doorstep.support;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server for the shared test context: real SMTP, received messages
 * readable by tests. Tests find their mail by recipient, so they do not see each other's.
 */
public final class DevSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "localhost");
		properties.put("spring.mail.port", server().getSmtp().getPort());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("dev-smtp", properties));
	}

}
