package dev.doorstep.embed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.OrderId;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop with its own domain: every link in its emails (tracking, unsubscribe) points
 * there, not at the global base URL.
 */
@DoorstepIntegrationTest
class ShopDomainLinksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailsLinksUseTheShopsPublicBaseUrl() throws Exception {
		EmbedScenario scenario = new EmbedScenario(this.port, this.shops, "Own domain");
		String base = "https://track-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		assertThat(scenario.site(base, List.of()).status()).isEqualTo(200);
		String order = scenario.order("L-1", scenario.email, null);
		String parcel = scenario.parcel(order).text("/id");
		scenario.api.post("/api/v1/shipments/" + parcel + "/events", Fixtures
			.events(List.of(Fixtures.event(Instant.now().minusSeconds(60).toString(), "OUT_FOR_DELIVERY", null))));
		OrderId orderId = new OrderId(UUID.fromString(order));
		Awaitility.await().until(() -> outForDelivery(scenario, orderId) != null);
		this.jdbc.sql("""
				UPDATE notification_message SET due_at = now() - interval '1 second'
				WHERE order_id = :order AND status = 'SCHEDULED'
				""").param("order", orderId.value()).update();

		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}

		Message sent = outForDelivery(scenario, orderId);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.bodyHtml()).contains(base + "/t/").doesNotContain("http://localhost:" + this.port + "/t/");
		assertThat(sent.bodyText()).contains(base + "/t/");
		MimeMessage mail = Awaitility.await().until(() -> mailTo(scenario.email), found -> found != null);
		assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + base + "/n/u/");
	}

	private Message outForDelivery(EmbedScenario scenario, OrderId order) {
		return this.notifications.messages(scenario.shop.shop().id(), order, Channel.EMAIL, 100, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.OUT_FOR_DELIVERY)
			.findFirst()
			.orElse(null);
	}

	private static MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
				return message;
			}
		}
		return null;
	}

}
