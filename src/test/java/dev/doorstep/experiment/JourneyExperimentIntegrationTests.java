package dev.doorstep.experiment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.experiment.internal.Assignments;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An experiment on the order confirmation email, through the real planner and dispatcher
 * and over real SMTP (GreenMail): the holdout gets nothing, variant B its own subject,
 * the timing variant its own delay; stopping returns everyone to the journey and keeps
 * the history.
 */
@DoorstepIntegrationTest
class JourneyExperimentIntegrationTests {

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

	TestShops.TestShop shop;

	ApiClient api;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Experiment journey");
		this.api = new ApiClient(this.port, this.shop.apiKey());
	}

	@Test
	void holdoutGetsNothingVariantsChangeCopyAndTimingAndStoppingKeepsHistory() throws Exception {
		ApiClient.Response created = this.api.post("/api/v1/experiments", Map.of("name", "Confirmation copy", "trigger",
				"ORDER_CONFIRMED", "channel", "EMAIL", "holdout", 0.34, "arms",
				List.of(Map.of("name", "B", "subject", "Variante B: {{order.number}} für {{customer.firstName}}"),
						Map.of("name", "later", "delayMinutes", 120))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.text("/id");
		assertThat(created.text("/status")).isEqualTo("DRAFT");
		assertThat(this.api.post("/api/v1/experiments/" + id + "/start", Map.of()).text("/status"))
			.isEqualTo("RUNNING");

		Map<String, String> emails = new HashMap<>();
		for (int i = 0; i < 24; i++) {
			String email = "exp-" + UUID.randomUUID() + "@example.com";
			emails.put(order("E-" + i, email), email);
		}
		Awaitility.await().until(() -> emails.keySet().stream().allMatch(order -> !messages(order).isEmpty()));

		Map<String, List<String>> byArm = new HashMap<>();
		Instant planned = Instant.now();
		for (String order : emails.keySet()) {
			Message message = messages(order).getFirst();
			String arm = message.variant().substring(0, message.variant().indexOf('@'));
			assertThat(message.variant()).endsWith("@" + id);
			// The recorded arm is the pure hash of experiment and shopper.
			assertThat(arm).isEqualTo(expectedArm(UUID.fromString(id), emails.get(order)));
			byArm.computeIfAbsent(arm, key -> new ArrayList<>()).add(order);
			if (arm.equals("later")) {
				assertThat(Duration.between(planned, message.dueAt()).toMinutes()).isBetween(115L, 121L);
			}
		}
		assertThat(byArm).containsOnlyKeys("holdout", "B", "later");
		assertThat(this.jdbc.sql("SELECT count(*) FROM experiment_assignment WHERE experiment_id = :id")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single()).isEqualTo(24L);

		makeDue(emails.keySet());
		sendDue();

		for (String order : byArm.get("B")) {
			Message message = messages(order).getFirst();
			assertThat(message.status()).isEqualTo(MessageStatus.SENT);
			assertThat(mailTo(emails.get(order)).getSubject()).startsWith("Variante B: E-").endsWith("für Anna");
		}
		for (String order : byArm.get("later")) {
			assertThat(mailTo(emails.get(order)).getSubject()).doesNotStartWith("Variante B");
		}
		for (String order : byArm.get("holdout")) {
			Message message = messages(order).getFirst();
			assertThat(message.status()).isEqualTo(MessageStatus.SKIPPED);
			assertThat(message.sentAt()).isNull();
			assertThat(find(emails.get(order))).isNull();
		}

		ApiClient.Response report = this.api.get("/api/v1/experiments/" + id + "/report");
		assertThat(report.json().at("/baseline").asString()).isEqualTo("holdout");
		assertThat(report.json().at("/arms/0/arm").asString()).isEqualTo("holdout");
		assertThat(report.json().at("/arms/0/shoppers").asInt()).isEqualTo(byArm.get("holdout").size());
		assertThat(report.json().at("/arms/0/sent").asInt()).isZero();
		assertThat(report.json().at("/arms/1/arm").asString()).isEqualTo("B");
		assertThat(report.json().at("/arms/1/sent").asInt()).isEqualTo(byArm.get("B").size());
		// Outcomes against the holdout; message metrics between the variants (the holdout
		// gets none by design).
		List<String> compared = new ArrayList<>();
		report.json()
			.at("/comparisons")
			.forEach(c -> compared.add(c.get("arm").asString() + " vs " + c.get("baseline").asString() + ": "
					+ c.get("metric").asString()));
		assertThat(compared)
			.contains("B vs holdout: REPURCHASE_90", "later vs holdout: CSAT", "later vs B: SENT",
					"later vs B: CLICKED")
			.doesNotContain("B vs holdout: SENT");

		assertThat(this.api.post("/api/v1/experiments/" + id + "/stop", Map.of()).text("/status")).isEqualTo("STOPPED");
		String after = order("E-after", "exp-after-" + UUID.randomUUID() + "@example.com");
		Awaitility.await().until(() -> !messages(after).isEmpty());
		assertThat(messages(after).getFirst().variant()).isNull();
		ApiClient.Response again = this.api.get("/api/v1/experiments/" + id + "/report");
		assertThat(again.json().at("/experiment/status").asString()).isEqualTo("STOPPED");
		assertThat(again.json().at("/arms/1/sent").asInt()).isEqualTo(byArm.get("B").size());
		int total = 0;
		for (int i = 0; i < 3; i++) {
			total += again.json().at("/arms/" + i + "/shoppers").asInt();
		}
		assertThat(total).isEqualTo(24);
		assertThat(this.api.post("/api/v1/experiments/" + id + "/start", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aChannelVariantSendsOnItsChannelInstead() {
		String id = this.api
			.post("/api/v1/experiments",
					Map.of("name", "Email or SMS", "trigger", "ORDER_CONFIRMED", "channel", "EMAIL", "holdout", 0,
							"arms", List.of(Map.of("name", "mail"), Map.of("name", "text", "channel", "SMS"))))
			.text("/id");
		this.api.post("/api/v1/experiments/" + id + "/start", Map.of());
		Map<String, String> phones = new HashMap<>();
		for (int i = 0; i < 12; i++) {
			String phone = "+49 170 " + (1000000 + i * 7919);
			Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), "C-" + i);
			order.put("placedAt", Instant.now().toString());
			order.put("customer",
					Map.of("email", "chan-" + UUID.randomUUID() + "@example.com", "phone", phone, "firstName", "Anna"));
			phones.put(this.api.post("/api/v1/orders", order).text("/id"), phone);
		}
		Awaitility.await()
			.until(() -> phones.keySet()
				.stream()
				.allMatch(order -> !this.notifications
					.messages(this.shop.shop().id(), new OrderId(UUID.fromString(order)), null, 10, 0)
					.isEmpty()));

		Map<String, Integer> arms = new HashMap<>();
		for (String order : phones.keySet()) {
			List<Message> planned = this.notifications.messages(this.shop.shop().id(),
					new OrderId(UUID.fromString(order)), null, 10, 0);
			assertThat(planned).hasSize(1);
			Message message = planned.getFirst();
			String arm = message.variant().substring(0, message.variant().indexOf('@'));
			arms.merge(arm, 1, Integer::sum);
			if (arm.equals("text")) {
				assertThat(message.channel()).isEqualTo(Channel.SMS);
				assertThat(message.recipient().replace(" ", "")).isEqualTo(phones.get(order).replace(" ", ""));
			}
			else {
				assertThat(message.channel()).isEqualTo(Channel.EMAIL);
				assertThat(message.recipient()).startsWith("chan-");
			}
		}
		assertThat(arms).containsOnlyKeys("mail", "text");
	}

	@Test
	void refusesAnExperimentWithoutAnythingToCompare() {
		ApiClient.Response refused = this.api.post("/api/v1/experiments", Map.of("name", "One arm", "trigger",
				"ORDER_CONFIRMED", "channel", "EMAIL", "holdout", 0, "arms", List.of(Map.of("name", "B"))));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("holdout");
		assertThat(this.api.get("/api/v1/experiments").json().size()).isZero();
	}

	private String expectedArm(UUID experiment, String email) {
		Instant now = Instant.now();
		Order order = new Order(new OrderId(UUID.randomUUID()), this.shop.shop().id(), "x", "x", now, "EUR", null,
				new Order.Customer(email, null, null, null), null, List.of(), BigDecimal.ONE, OrderStatus.PLACED, now,
				now);
		List<Arm> arms = List.of(Arm.message("B", 1, null, null, null, null),
				Arm.message("later", 1, null, null, null, null));
		return Assignments.arm(experiment, arms, 0.34, Assignments.shopperKey(order));
	}

	private String order(String number, String email) {
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().toString());
		order.put("customer", Map.of("email", email, "firstName", "Anna", "lastName", "Schmidt"));
		return this.api.post("/api/v1/orders", order).text("/id");
	}

	private List<Message> messages(String order) {
		return this.notifications.messages(this.shop.shop().id(), new OrderId(UUID.fromString(order)), null, 100, 0)
			.stream()
			.filter(message -> message.trigger() == Trigger.ORDER_CONFIRMED && message.channel() == Channel.EMAIL)
			.toList();
	}

	private void makeDue(java.util.Collection<String> orders) {
		for (String order : orders) {
			this.jdbc.sql("""
					UPDATE notification_message SET due_at = now() - interval '1 second'
					WHERE order_id = :order AND status = 'SCHEDULED'
					""").param("order", UUID.fromString(order)).update();
		}
	}

	private void sendDue() {
		while (this.dispatcher.dispatchDue() > 0) {
			// until nothing is due
		}
	}

	private MimeMessage mailTo(String address) throws Exception {
		Awaitility.await().until(() -> find(address) != null);
		return find(address);
	}

	private static MimeMessage find(String address) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
				return message;
			}
		}
		return null;
	}

}
