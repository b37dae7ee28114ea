package dev.doorstep.webhook.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send-time address check as production runs it (local endpoints not allowed): a
 * subscription that points at a loopback address, however it got registered, is never
 * called.
 */
@DoorstepIntegrationTest
class ReachGuardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	WebhookProperties properties;

	@Autowired
	Clock clock;

	@Test
	void refusesToPostToAnAddressInsideTheInstallation() {
		WireMockServer internal = new WireMockServer(wireMockConfig().dynamicPort());
		internal.start();
		try {
			internal.stubFor(post(urlEqualTo("/admin")).willReturn(aResponse().withStatus(200)));
			ApiClient api = new ApiClient(this.port, this.shops.create("Rebinding Shop").apiKey());
			String id = api
				.post("/api/v1/webhooks/subscriptions",
						java.util.Map.of("url", "http://127.0.0.1:" + internal.port() + "/admin"))
				.text("/id");
			String delivery = api.post("/api/v1/webhooks/subscriptions/" + id + "/test", "").text("/id");

			WebhookProperties production = new WebhookProperties(Duration.ofSeconds(10), false, false,
					Duration.ofSeconds(5), 100, 8, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(6),
					Duration.ofDays(3));
			WebhookDispatcher dispatcher = new WebhookDispatcher(this.deliveries, this.subscriptions,
					new EndpointClient(production), production, this.clock);
			dispatcher.dispatchDue();

			assertThat(internal.findAll(postRequestedFor(urlEqualTo("/admin")))).isEmpty();
			ApiClient.Response page = api.get("/api/v1/webhooks/subscriptions/" + id + "/deliveries");
			assertThat(page.text("/deliveries/0/id")).isEqualTo(delivery);
			assertThat(page.text("/deliveries/0/status")).isEqualTo("FAILED");
			assertThat(page.text("/deliveries/0/lastError")).contains("inside this installation's network");
		}
		finally {
			internal.stop();
		}
	}

}
