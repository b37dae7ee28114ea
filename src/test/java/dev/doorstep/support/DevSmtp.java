package dev.doorstep.support;

import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server for the shared test context: real SMTP, received messages
 * readable by tests. Tests find their mail by recipient, so they do not see each other's.
 * It also serves IMAP and POP3 for the bounce mailbox ({@link #BOUNCE_ADDRESS}), which
 * the emails name as their envelope sender (VERP); tests read it themselves.
 */
public final class DevSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String BOUNCE_ADDRESS = "bounces@bounce.doorstep.test";

	public static final String BOUNCE_LOGIN = "bounces";

	public static final String BOUNCE_PASSWORD = "bounce-secret";

	private static GreenMail server;

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(),
					ServerSetupTest.IMAP.dynamicPort(), ServerSetupTest.POP3.dynamicPort() });
			server.start();
			server.setUser(BOUNCE_ADDRESS, BOUNCE_LOGIN, BOUNCE_PASSWORD);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "localhost");
		properties.put("spring.mail.port", server().getSmtp().getPort());
		properties.put("doorstep.notification.email.bounce-address", BOUNCE_ADDRESS);
		properties.put("doorstep.notification.email.bounce-mailbox.host", "localhost");
		properties.put("doorstep.notification.email.bounce-mailbox.port", server().getImap().getPort());
		properties.put("doorstep.notification.email.bounce-mailbox.protocol", "imap");
		properties.put("doorstep.notification.email.bounce-mailbox.ssl", false);
		properties.put("doorstep.notification.email.bounce-mailbox.username", BOUNCE_LOGIN);
		properties.put("doorstep.notification.email.bounce-mailbox.password", BOUNCE_PASSWORD);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("dev-smtp", properties));
	}

}
