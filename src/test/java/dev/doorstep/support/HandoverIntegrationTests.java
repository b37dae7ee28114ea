package dev.doorstep.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Contact the shop" over HTTP: the button under a hand-over answer, the email to the
 * shop's support (GreenMail) with the question, the order's context and the conversation
 * so far, tickets in Zendesk and Freshdesk (WireMock, with their documented payloads and
 * answers, failures included: the email goes out anyway), the helpdesk API with the
 * secret masked, and the opening hours in the shopper's time zone.
 */
@DoorstepIntegrationTest
@RecordApplicationEvents
class HandoverIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shops shopService;

	@Autowired
	Shipments shipments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Assistant assistant;

	@Autowired
	Handovers handovers;

	private final WireMockServer wiremock = CarrierApiStub.server();

	private HttpResponse<String> postForm(String path, String... fields) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A shop with a support address and phone, an order and its parcel in transit. */
	private Scenario scenario(String name) {
		ClaimScenario claim = new ClaimScenario(this.port, this.shops, this.shipments, name)
			.quietFor(Duration.ofHours(3));
		String support = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.test";
		Shop shop = this.shopService.get(claim.shopId());
		this.shopService.update(shop.id(),
				new ShopSettings(shop.name(), shop.brand(), shop.defaultLocale(), shop.supportedLocales(),
						ZoneId.of("Europe/Berlin"), new Shop.SupportContacts(support, "+49 30 555 0100", null),
						shop.websiteUrl()));
		return new Scenario(claim, support);
	}

	private record Scenario(ClaimScenario claim, String supportEmail) {
	}

	private static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(DevSmtp.server().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equals(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aHandOverAnswerOffersTheButtonAndTheShopGetsAnEmailWithTheOrdersContextAndAZendeskTicket() throws Exception {
		Scenario s = scenario("Handover zendesk");
		String account = "acme" + UUID.randomUUID().toString().substring(0, 6);
		ApiClient.Response saved = s.claim().api.put("/api/v1/support/helpdesk", Map.of("provider", "zendesk",
				"account", account, "email", "agent@acme.test", "apiToken", "zd-secret-token-4711"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.text("/apiToken")).isEqualTo("****4711");
		assertThat(saved.body()).doesNotContain("zd-secret");
		assertThat(s.claim().api.get("/api/v1/support/helpdesk").text("/apiToken")).isEqualTo("****4711");
		this.wiremock.stubFor(post(urlPathEqualTo("/zendesk/" + account + "/api/v2/tickets.json"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"ticket\":{\"id\":35436,\"subject\":\"Help\",\"status\":\"new\"}}")));

		String token = s.claim().token();
		HttpResponse<String> asked = postForm("/t/" + token + "/ask", "lang", "en", "question", "where is my parcel");
		assertThat(asked.statusCode()).isEqualTo(200);
		HttpResponse<String> answer = postForm("/t/" + token + "/ask", "lang", "en", "question",
				"i want to talk to a real person");
		assertThat(answer.body()).contains("action=\"/t/" + token + "/handover\"", "name=\"tz\"", "Contact the shop");

		HttpResponse<String> handedOver = postForm("/t/" + token + "/handover", "lang", "en", "question",
				"i want to talk to a real person", "tz", "");
		assertThat(handedOver.statusCode()).isEqualTo(200);
		assertThat(handedOver.body()).doesNotContain("''", "&#39;&#39;")
			.contains("We have passed your question on to the shop", s.supportEmail(), "+49 30 555 0100");

		List<MimeMessage> mails = mailTo(s.supportEmail());
		assertThat(mails).hasSize(1);
		String body = text(mails.getFirst());
		assertThat(body).contains("i want to talk to a real person", "Order " + s.claim().orderNumber,
				"status IN_TRANSIT", "Conversation so far", "> where is my parcel");
		assertThat(mails.getFirst().getReplyTo()[0].toString()).isEqualTo("anna.schmidt@example.com");

		String basic = Base64.getEncoder()
			.encodeToString("agent@acme.test/token:zd-secret-token-4711".getBytes(StandardCharsets.UTF_8));
		this.wiremock.verify(1,
				postRequestedFor(urlPathEqualTo("/zendesk/" + account + "/api/v2/tickets.json"))
					.withHeader("Authorization", equalTo("Basic " + basic))
					.withRequestBody(matchingJsonPath("$.ticket.subject", containing(s.claim().orderNumber)))
					.withRequestBody(matchingJsonPath("$.ticket.comment.body", containing("status IN_TRANSIT")))
					.withRequestBody(matchingJsonPath("$.ticket.requester.email", equalTo("anna.schmidt@example.com")))
					.withRequestBody(matchingJsonPath("$.ticket.tags[0]", equalTo("doorstep"))));
		assertThat(this.jdbc.sql("SELECT ticket_id FROM support_handover WHERE shop_id = :shop")
			.param("shop", s.claim().shopId().value())
			.query(String.class)
			.single()).isEqualTo("35436");

		// The events for insights, recorded when published on this thread.
		this.assistant.answer(new Question(s.claim().shopId(), s.claim().orderId, null, "i want to talk to a person",
				java.util.Locale.ENGLISH, Channel.API));
		HandoverResult direct = this.handovers.handOver(new HandoverRequest(s.claim().shopId(), s.claim().orderId, null,
				"i want to talk to a person", java.util.Locale.ENGLISH, Channel.API, null, null));
		assertThat(direct.ticketId()).isEqualTo("35436");
		assertThat(this.events.stream(QuestionAnswered.class)).singleElement().satisfies(e -> {
			assertThat(e.shopId()).isEqualTo(s.claim().shopId());
			assertThat(e.intent()).isEqualTo(Intent.HUMAN);
			assertThat(e.handedOver()).isTrue();
			assertThat(e.channel()).isEqualTo(Channel.API);
		});
		assertThat(this.events.stream(HandedOver.class)).singleElement()
			.satisfies(e -> assertThat(e.ticketId()).isEqualTo("35436"));
	}

	@Test
	void aFreshdeskTicketIsCreatedAndAFailingHelpdeskStillLetsTheEmailGo() throws Exception {
		Scenario s = scenario("Handover freshdesk");
		String account = "shop" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(s.claim().api
			.put("/api/v1/support/helpdesk",
					Map.of("provider", "freshdesk", "account", account, "apiToken", "fd-key-123456"))
			.status()).isEqualTo(200);
		this.wiremock.stubFor(
				post(urlPathEqualTo("/freshdesk/" + account + "/api/v2/tickets")).willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"id\":1,\"subject\":\"Support Needed...\",\"priority\":2,\"status\":2}")));
		String json = postForm("/t/" + s.claim().token() + "/handover.json", "lang", "de", "question",
				"ich will mit jemandem sprechen", "tz", "Europe/Berlin")
			.body();
		assertThat(json).contains("\"emailSent\":true", "\"ticketId\":\"1\"");
		String basic = Base64.getEncoder().encodeToString("fd-key-123456:X".getBytes(StandardCharsets.UTF_8));
		this.wiremock.verify(1,
				postRequestedFor(urlPathEqualTo("/freshdesk/" + account + "/api/v2/tickets"))
					.withHeader("Authorization", equalTo("Basic " + basic))
					.withRequestBody(matchingJsonPath("$.email", equalTo("anna.schmidt@example.com")))
					.withRequestBody(matchingJsonPath("$.priority", equalTo("2")))
					.withRequestBody(matchingJsonPath("$.status", equalTo("2")))
					.withRequestBody(matchingJsonPath("$.description", containing(s.claim().orderNumber))));

		// The helpdesk is down (503), then refuses (Zendesk 422): the email goes out each
		// time, the failure is recorded without the shopper's data.
		this.wiremock.stubFor(post(urlPathEqualTo("/freshdesk/" + account + "/api/v2/tickets"))
			.willReturn(aResponse().withStatus(503).withBody("{\"message\":\"down\"}")));
		assertThat(postForm("/t/" + s.claim().token() + "/handover.json", "lang", "de", "question",
				"bitte rufen sie mich an")
			.body()).contains("\"emailSent\":true", "\"ticketId\":null");
		String zendesk = "zd" + UUID.randomUUID().toString().substring(0, 6);
		s.claim().api.put("/api/v1/support/helpdesk", Map.of("provider", "zendesk", "account", zendesk, "email",
				"agent@acme.test", "apiToken", "zd-token-98765"));
		this.wiremock.stubFor(post(urlPathEqualTo("/zendesk/" + zendesk + "/api/v2/tickets.json"))
			.willReturn(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\"}")));
		assertThat(postForm("/t/" + s.claim().token() + "/handover.json", "lang", "en", "question", "call me").body())
			.contains("\"emailSent\":true", "\"ticketId\":null");
		assertThat(mailTo(s.supportEmail())).hasSize(3);
		assertThat(this.jdbc.sql("SELECT ticket_error FROM support_handover WHERE shop_id = :shop ORDER BY created_at")
			.param("shop", s.claim().shopId().value())
			.query(String.class)
			.list()).containsExactly(null, "HTTP 503", "HTTP 422");
	}

	@Test
	void helpdeskSettingsAreValidatedAndAMaskedTokenKeepsTheStoredOne() {
		Scenario s = scenario("Handover settings");
		ApiClient api = s.claim().api;
		assertThat(api.get("/api/v1/support/helpdesk").text("/configured")).isEqualTo("false");
		assertThat(api
			.put("/api/v1/support/helpdesk",
					Map.of("provider", "zendesk", "account", "evil.example.com/x", "email", "a@b.test", "apiToken",
							"t"))
			.status()).isEqualTo(400);
		assertThat(api
			.put("/api/v1/support/helpdesk", Map.of("provider", "jira", "account", "acme", "apiToken", "t123456789"))
			.status()).isEqualTo(400);
		assertThat(
				api.put("/api/v1/support/helpdesk", Map.of("provider", "zendesk", "account", "acme", "apiToken", "t"))
					.status())
			.isEqualTo(400);
		api.put("/api/v1/support/helpdesk",
				Map.of("provider", "freshdesk", "account", "acme", "apiToken", "original-secret-key"));
		ApiClient.Response again = api.put("/api/v1/support/helpdesk",
				Map.of("provider", "freshdesk", "account", "acme2", "apiToken", "****-key"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT api_token FROM support_helpdesk WHERE shop_id = :shop")
			.param("shop", s.claim().shopId().value())
			.query(String.class)
			.single()).isEqualTo("original-secret-key");
		assertThat(api.delete("/api/v1/support/helpdesk").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/support/helpdesk").text("/configured")).isEqualTo("false");
	}

	@Test
	void theHelpPageHandsOverWithTheShoppersEmailAndShowsOpeningHoursInTheirZone() throws Exception {
		Scenario s = scenario("Handover hours");
		ApiClient.Response hours = s.claim().api.put("/api/v1/support/opening-hours",
				Map.of("days",
						Map.of("monday", List.of(Map.of("opens", "09:00", "closes", "17:00")), "tuesday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")), "wednesday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")), "thursday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")), "friday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")), "saturday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")), "sunday",
								List.of(Map.of("opens", "09:00", "closes", "17:00")))));
		assertThat(hours.status()).isEqualTo(200);
		assertThat(hours.text("/timeZone")).isEqualTo("Europe/Berlin");
		assertThat(hours.text("/days/friday/0/opens")).isEqualTo("09:00");
		assertThat(s.claim().api
			.put("/api/v1/support/opening-hours",
					Map.of("days", Map.of("monday", List.of(Map.of("opens", "18:00", "closes", "09:00")))))
			.status()).isEqualTo(400);

		String slug = this.shopService.get(s.claim().shopId()).slug();
		assertThat(postForm("/s/" + slug + "/help/handover", "lang", "en", "question", "call me please").statusCode())
			.isEqualTo(400);
		HttpResponse<String> page = postForm("/s/" + slug + "/help/handover", "lang", "en", "question",
				"call me please", "email", "shopper@example.org", "tz", "America/New_York");
		assertThat(page.statusCode()).isEqualTo(200);
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		ZoneId newYork = ZoneId.of("America/New_York");
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		LocalDate today = LocalDate.now(berlin);
		String opens = today.atTime(LocalTime.of(9, 0)).atZone(berlin).withZoneSameInstant(newYork).format(hhmm);
		String closes = today.atTime(LocalTime.of(17, 0)).atZone(berlin).withZoneSameInstant(newYork).format(hhmm);
		assertThat(page.body()).contains("America/New_York", ">" + opens + "</time>", ">" + closes + "</time>")
			.doesNotContain(">09:00</time>");
		String mail = text(mailTo(s.supportEmail()).getFirst());
		assertThat(mail).contains("call me please", "Reply to: shopper@example.org", "No order given.");

		// Without the browser's zone (no JavaScript), the shop's.
		HttpResponse<String> plain = postForm("/s/" + slug + "/help/handover", "lang", "en", "question", "call me",
				"email", "shopper@example.org", "tz", "Not/AZone");
		assertThat(plain.body()).contains("Europe/Berlin", ">09:00</time>", ">17:00</time>");
	}

}
