package dev.doorstep.returns;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import dev.doorstep.tracking.internal.LookupLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's doors: the look-up tells nothing about which order numbers exist and is
 * rate-limited with the tracking look-up; the signed portal key cannot be forged or
 * carried to another shop.
 */
@DoorstepIntegrationTest
class ReturnsPortalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	LookupLimiter limiter;

	TestShops.TestShop shop;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void shopWithAnOrder() {
		this.limiter.reset();
		this.shop = this.shops.create("Portal Doors");
		Map<String, Object> order = Fixtures.order("doors-" + System.nanoTime(), "DOOR-1");
		order.put("placedAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		new ApiClient(this.port, this.shop.apiKey()).post("/api/v1/orders", order);
	}

	HttpResponse<String> lookUp(String slug, String number, String contact) throws Exception {
		String form = "orderNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&contact="
				+ URLEncoder.encode(contact, StandardCharsets.UTF_8) + "&lang=en";
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/s/" + slug + "/returns"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUnknownNumberAndAWrongPostcodeAnswerAlike() throws Exception {
		HttpResponse<String> unknown = lookUp(this.shop.shop().slug(), "NO-SUCH-ORDER", "10115");
		HttpResponse<String> wrong = lookUp(this.shop.shop().slug(), "DOOR-1", "99999");
		HttpResponse<String> right = lookUp(this.shop.shop().slug(), "#door-1", "101 15");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).isEqualTo(unknown.body());
		assertThat(right.statusCode()).isEqualTo(303);
		assertThat(right.headers().firstValue("Location").orElseThrow())
			.matches(".*/s/" + this.shop.shop().slug() + "/returns/o/[A-Za-z0-9_-]{75}\\?lang=en");
	}

	@Test
	void repeatedFailuresForOneOrderAreLimited() throws Exception {
		int limitedAt = -1;
		for (int i = 0; i < 8 && limitedAt < 0; i++) {
			if (lookUp(this.shop.shop().slug(), "DOOR-1", "0000" + i).statusCode() == 429) {
				limitedAt = i;
			}
		}

		assertThat(limitedAt).isEqualTo(5);
		HttpResponse<String> limited = lookUp(this.shop.shop().slug(), "DOOR-1", "10115");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).contains("Too many attempts");
	}

	@Test
	void aForgedOrForeignPortalKeyOpensNothing() throws Exception {
		String location = lookUp(this.shop.shop().slug(), "DOOR-1", "10115").headers()
			.firstValue("Location")
			.orElseThrow();
		String path = URI.create(location).getPath();
		String key = path.substring(path.lastIndexOf('/') + 1);
		// A character inside the order id: a key for another order, unsigned.
		char tenth = key.charAt(10);
		String forged = key.substring(0, 10) + (tenth == 'A' ? 'B' : 'A') + key.substring(11);
		TestShops.TestShop other = this.shops.create("Other Doors");

		assertThat(get(path).statusCode()).isEqualTo(200);
		assertThat(get(path.replace(key, forged)).statusCode()).isEqualTo(404);
		assertThat(get("/s/" + other.shop().slug() + "/returns/o/" + key).statusCode()).isEqualTo(404);
		assertThat(get("/s/" + other.shop().slug() + "/returns/o/" + key).body()).contains("This page has expired");
	}

}
