package dev.doorstep.embed;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.doorstep.embed.internal.EmbedLimiter;
import dev.doorstep.embed.internal.EmbedTokens;
import dev.doorstep.order.Orders;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widgets' server side: tokens from the shop's backend, the customer's orders behind
 * them, CORS for the shop's origins only, the script, and a shop's own domain.
 */
@DoorstepIntegrationTest
class EmbedIntegrationTests {

	private static final ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	EmbedTokens tokens;

	@Autowired
	EmbedLimiter limiter;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	EmbedScenario scenario;

	String origin;

	@BeforeEach
	void shop() {
		this.limiter.reset();
		this.scenario = new EmbedScenario(this.port, this.shops, "Embed");
		this.origin = "https://www." + UUID.randomUUID().toString().substring(0, 8) + ".example";
		assertThat(this.scenario.site(null, List.of(this.origin)).status()).isEqualTo(200);
	}

	HttpResponse<String> orders(String token, String origin) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/embed/api/orders"))
			.header("Authorization", "Bearer " + token);
		if (origin != null) {
			request.header("Origin", origin);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> preflight(String path, String origin, String headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET");
		if (headers != null) {
			request.header("Access-Control-Request-Headers", headers);
		}
		return this.http.send(request.method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aTokenShowsThatCustomersOrdersOfThatShopOnly() throws Exception {
		String mine = this.scenario.order("E-1", this.scenario.email, null);
		String trackingUrl = this.scenario.parcel(mine).text("/trackingUrl");
		this.scenario.order("E-2", this.scenario.email.toUpperCase(), null);
		this.scenario.order("E-3", "someone-else-" + UUID.randomUUID() + "@example.com", null);
		// The same shopper at another shop.
		EmbedScenario other = new EmbedScenario(this.port, this.shops, "Embed other");
		other.order("X-1", this.scenario.email, null);

		String token = this.scenario.token(Map.of("customerEmail", "Embed-" + this.scenario.email.substring(6)));
		HttpResponse<String> response = orders(token, this.origin);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(this.origin);
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("orders").findValuesAsString("orderNumber")).containsExactlyInAnyOrder("E-1", "E-2");
		JsonNode first = body.path("orders").get(0).path("orderNumber").asString().equals("E-1")
				? body.path("orders").get(0) : body.path("orders").get(1);
		assertThat(first.path("parcels").get(0).path("status").asString()).isEqualTo("IN_TRANSIT");
		assertThat(first.path("parcels").get(0).path("carrier").asString()).isEqualTo("DHL");
		assertThat(first.path("parcels").get(0).path("trackingUrl").asString()).isEqualTo(trackingUrl);
		// No personal data in the widget's answer.
		assertThat(response.body()).doesNotContain(this.scenario.email).doesNotContain("Anna").doesNotContain("Berlin");
		// ?token= works as well (no preflight needed).
		HttpResponse<String> query = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/embed/api/orders?token=" + token))
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(query.statusCode()).isEqualTo(200);
		// The other shop's token for the same email sees that shop's order only.
		HttpResponse<String> theirs = orders(other.token(Map.of("customerEmail", this.scenario.email)), null);
		assertThat(JSON.readTree(theirs.body()).path("orders").findValuesAsString("orderNumber"))
			.containsExactly("X-1");
	}

	@Test
	void aCustomerIdFindsTheOrdersSentWithIt() throws Exception {
		this.scenario.order("C-1", "c1-" + UUID.randomUUID() + "@example.com", "cust-77");
		this.scenario.order("C-2", "c2-" + UUID.randomUUID() + "@example.com", "cust-78");

		HttpResponse<String> response = orders(this.scenario.token(Map.of("customerId", "cust-77")), null);

		assertThat(JSON.readTree(response.body()).path("orders").findValuesAsString("orderNumber"))
			.containsExactly("C-1");
	}

	@Test
	void tokenRequestsAreChecked() {
		ApiClient.Response both = this.scenario.api.post("/api/v1/embed/tokens",
				Map.of("customerEmail", "a@example.com", "customerId", "c"));
		ApiClient.Response neither = this.scenario.api.post("/api/v1/embed/tokens", Map.of("ttlSeconds", 60));
		ApiClient.Response tooLong = this.scenario.api.post("/api/v1/embed/tokens",
				Map.of("customerId", "c", "ttlSeconds", 3601));
		ApiClient.Response noKey = this.scenario.api.withKey("dk_wrong")
			.post("/api/v1/embed/tokens", Map.of("customerId", "c"));
		ApiClient.Response defaults = this.scenario.api.post("/api/v1/embed/tokens", Map.of("customerId", "c"));

		assertThat(both.status()).isEqualTo(400);
		assertThat(neither.status()).isEqualTo(400);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("ttlSeconds");
		assertThat(noKey.status()).isEqualTo(401);
		assertThat(defaults.status()).isEqualTo(200);
		Duration ttl = Duration.between(java.time.Instant.now(), java.time.Instant.parse(defaults.text("/expiresAt")));
		assertThat(ttl).isBetween(Duration.ofSeconds(590), Duration.ofSeconds(600));
	}

	@Test
	void expiredTamperedAndMissingTokensAre401ProblemsAndStillReadableByTheShopsPage() throws Exception {
		this.scenario.order("T-1", this.scenario.email, null);
		String token = this.tokens
			.issue(this.scenario.shop.shop().id(), null, Orders.emailKey(this.scenario.email), Duration.ofSeconds(1))
			.token();
		assertThat(orders(token, null).statusCode()).isEqualTo(200);
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

		List<HttpResponse<String>> refused = new ArrayList<>();
		refused.add(orders(tampered, this.origin));
		refused.add(orders("", this.origin));
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> orders(token, this.origin).statusCode() == 401);
		refused.add(orders(token, this.origin));

		for (HttpResponse<String> response : refused) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
			assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(this.origin);
			assertThat(response.body()).doesNotContain("T-1");
		}
		assertThat(refused.getLast().body()).contains("expired");
	}

	@Test
	void corsOnlyForTheShopsOrigins() throws Exception {
		String token = this.scenario.token(Map.of("customerEmail", this.scenario.email));

		HttpResponse<String> allowed = preflight("/embed/api/orders", this.origin, "authorization");
		HttpResponse<String> unknown = preflight("/embed/api/orders", "https://evil.example", "authorization");
		HttpResponse<String> otherHeader = preflight("/embed/api/orders", this.origin, "authorization, x-custom");

		assertThat(allowed.statusCode()).isEqualTo(204);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(this.origin);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization");
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		for (HttpResponse<String> refused : List.of(unknown, otherHeader)) {
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		}
		// Another shop's origin passes the preflight but cannot read this shop's answer.
		EmbedScenario other = new EmbedScenario(this.port, this.shops, "Embed CORS other");
		String otherOrigin = "https://other-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		other.site(null, List.of(otherOrigin));
		assertThat(preflight("/embed/api/orders", otherOrigin, "authorization").statusCode()).isEqualTo(204);
		HttpResponse<String> read = orders(token, otherOrigin);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(orders(token, this.origin).headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue(this.origin);

		// The thank-you fragment: the shop's allowed origin as well as its website's.
		String order = this.scenario.order("F-1", this.scenario.email, null);
		String thankYou = URI.create(this.scenario.api.get("/api/v1/orders/" + order).text("/thankYouUrl")).getPath();
		assertThat(preflight(thankYou, this.origin, null).statusCode()).isEqualTo(204);
		for (String[] pair : new String[][] { { this.origin, this.origin }, { otherOrigin, null },
				{ "https://evil.example", null } }) {
			HttpResponse<String> fragment = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + thankYou))
					.header("Origin", pair[0])
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(fragment.statusCode()).isEqualTo(200);
			assertThat(fragment.headers().firstValue("Access-Control-Allow-Origin")).as(pair[0])
				.isEqualTo(java.util.Optional.ofNullable(pair[1]));
		}
	}

	@Test
	void eachTokenAndClientHasAnAllowancePerMinute() throws Exception {
		String token = this.scenario.token(Map.of("customerId", "rate"));
		int ok = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 31; i++) {
			last = orders(token, null);
			if (last.statusCode() == 200) {
				ok++;
			}
		}

		assertThat(ok).isEqualTo(30);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).isPresent();
		assertThat(last.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void theScriptIsSmallCacheableAndFreeOfEval() throws Exception {
		HttpResponse<String> script = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/embed/doorstep.js")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(15 * 1024);
		assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
		assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600")
			.contains("public");
		assertThat(script.body()).contains("doorstep-orders")
			.contains("doorstep-thank-you")
			.contains("attachShadow")
			.contains("adoptedStyleSheets")
			.doesNotContain("eval(")
			.doesNotContain("new Function")
			.doesNotContain("innerHTML")
			.doesNotContain(".style.")
			.doesNotContain("setAttribute('style'");
		String etag = script.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/embed/doorstep.js"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void publicSiteIsValidatedAndADomainBelongsToOneShop() {
		String host = "track-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		ApiClient.Response http = this.scenario.site("http://" + host, List.of());
		ApiClient.Response path = this.scenario.site("https://" + host + "/orders", List.of());
		ApiClient.Response badOrigin = this.scenario.site(null, List.of("https://ok.example", "shop.example"));
		ApiClient.Response ok = this.scenario.site("https://" + host.toUpperCase() + "/", List.of(this.origin));

		assertThat(http.status()).isEqualTo(400);
		assertThat(path.status()).isEqualTo(400);
		assertThat(badOrigin.status()).isEqualTo(400);
		assertThat(badOrigin.body()).contains("allowedOrigins[1]");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.text("/publicBaseUrl")).isEqualTo("https://" + host);
		assertThat(this.scenario.api.get("/api/v1/shop/public-site").text("/publicBaseUrl"))
			.isEqualTo("https://" + host);
		EmbedScenario other = new EmbedScenario(this.port, this.shops, "Embed domain other");
		assertThat(other.site("https://" + host, List.of()).status()).isEqualTo(409);
	}

	@Test
	void linksUseTheShopsDomainAndRequestsOnItServeThatShop() throws Exception {
		String host = "track-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.scenario.site("https://" + host, List.of());
		String order = this.scenario.order("D-1", this.scenario.email, null);
		String tracking = this.scenario.parcel(order).text("/trackingUrl");
		String thankYou = this.scenario.api.get("/api/v1/orders/" + order).text("/thankYouUrl");

		assertThat(tracking).startsWith("https://" + host + "/t/");
		assertThat(thankYou).startsWith("https://" + host + "/embed/thank-you/");
		// Another shop without a domain keeps the global base.
		EmbedScenario other = new EmbedScenario(this.port, this.shops, "Embed plain");
		String otherTracking = other.parcel(other.order("P-1", other.email, null)).text("/trackingUrl");
		assertThat(otherTracking).startsWith("http://localhost:" + this.port + "/t/");

		// Behind the proxy: the shop's domain arrives as the Host header.
		String front = raw("/", host);
		assertThat(front).startsWith("HTTP/1.1 302")
			.contains("Location: /s/" + this.scenario.shop.shop().slug() + "/track");
		assertThat(raw(URI.create(tracking).getPath(), host)).startsWith("HTTP/1.1 200");
		assertThat(raw(URI.create(otherTracking).getPath(), host)).startsWith("HTTP/1.1 404");
		assertThat(raw(URI.create(otherTracking).getPath(), "localhost:" + this.port)).startsWith("HTTP/1.1 200");
		assertThat(raw(URI.create(thankYou).getPath(), host)).startsWith("HTTP/1.1 200");
		String otherThankYou = other.api.get("/api/v1/orders/" + other.order("P-2", other.email, null))
			.text("/thankYouUrl");
		assertThat(raw(URI.create(otherThankYou).getPath(), host)).startsWith("HTTP/1.1 404");
	}

	/** A GET with this Host header (the JDK client does not let a test set it). */
	private String raw(String path, String host) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder head = new StringBuilder();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.append(line).append('\n');
			}
			return head.toString();
		}
	}

}
