package dev.doorstep.notification.channel.webpush;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.channel.ChannelScenarios;
import dev.doorstep.support.CarrierApiStub;
import dev.doorstep.support.Chromium;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking page's push opt-in ({@code push.js} and {@code sw.js}) in real Chromium. A
 * headless browser has no connection to a real push service, so the page's
 * {@code PushManager} hands out a subscription whose endpoint is a WireMock push service
 * and whose keys the test holds; everything else (the service worker registration, the
 * permission prompt, the VAPID key fetch, the POST and DELETE of the subscription) is the
 * browser's and the page's own. The update then travels encrypted to that endpoint and is
 * decrypted here as the browser would.
 */
@DoorstepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPushBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ChannelScenarios scenarios;

	@Autowired
	Consents consents;

	WireMockServer pushService = CarrierApiStub.server();

	KeyPair browserKeys = WebPushCrypto.generateKeyPair();

	byte[] auth = UUID.randomUUID().toString().substring(0, 16).getBytes(StandardCharsets.US_ASCII);

	@Test
	void theShopperTurnsOnBrowserUpdatesAndGetsTheNextOneAndTurnsThemOff() throws Exception {
		ChannelScenario scenario = this.scenarios.create("Push Browser Shop");
		String path = "/push-service/" + UUID.randomUUID();
		String endpoint = this.pushService.baseUrl() + path;
		this.pushService.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)));
		String origin = "http://localhost:" + this.port;

		BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setLocale("de-DE")
				.setExtraHTTPHeaders(Map.of("Accept-Language", "de")));
		context.grantPermissions(List.of("notifications"),
				new BrowserContext.GrantPermissionsOptions().setOrigin(origin));
		context.addInitScript(fakePushService(endpoint));
		Page page = context.newPage();
		page.navigate(origin + "/t/" + scenario.token);

		// Supported here (localhost is a secure context): the opt-in shows itself.
		page.locator("[data-push-subscribe]").waitFor();
		assertThat(page.locator("[data-push-unsubscribe]").isVisible()).isFalse();
		page.locator("[data-push-subscribe]").click();
		page.locator("[data-push-unsubscribe]").waitFor();
		assertThat(page.locator("[data-push-subscribe]").isVisible()).isFalse();
		assertThat(page.locator("[data-push-status]").innerText()).isNotBlank();
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("tracking-push-on.png")));

		// The page asked for a user-visible subscription with the server's VAPID key and
		// registered Doorstep's service worker.
		JsonNode asked = JSON.readTree((String) page.evaluate("() => JSON.stringify(window.__pushAsked)"));
		String serverKey = JSON.readTree(scenario.api.get("/t/" + scenario.token + "/push/key").body())
			.get("publicKey")
			.asString();
		assertThat(asked.get("userVisibleOnly").asBoolean()).isTrue();
		assertThat(asked.get("applicationServerKey").asString()).isEqualTo(serverKey);
		assertThat((String) page.evaluate(
				"() => navigator.serviceWorker.ready.then(r => r.active && new URL(r.active.scriptURL).pathname)"))
			.isEqualTo("/sw.js");
		String contact = "order:" + scenario.order;
		assertThat(this.consents.allows(scenario.shopId(), contact, Channel.PUSH, Topic.TRANSACTIONAL)).isTrue();

		scenario.status("OUT_FOR_DELIVERY");
		Message planned = scenario.awaitMessage(Channel.PUSH, Trigger.OUT_FOR_DELIVERY);
		scenario.sendDue();
		assertThat(scenario.reload(planned).status()).isEqualTo(MessageStatus.SENT);
		LoggedRequest request = this.pushService.findAll(postRequestedFor(urlEqualTo(path))).getFirst();
		JsonNode payload = JSON.readTree(PushDecryption.decrypt(request.getBody(), this.browserKeys, this.auth));
		assertThat(payload.get("url").asString()).endsWith("/t/" + scenario.token);

		page.locator("[data-push-unsubscribe]").click();
		page.locator("[data-push-subscribe]").waitFor();
		assertThat(this.consents.allows(scenario.shopId(), contact, Channel.PUSH, Topic.TRANSACTIONAL)).isFalse();
		context.close();
	}

	/**
	 * Stands in for the browser's push service: {@code subscribe} records what the page
	 * asked for and returns a subscription with the test's keys.
	 */
	private String fakePushService(String endpoint) {
		String p256dh = WebPushCrypto.base64Url(PushDecryption.point((ECPublicKey) this.browserKeys.getPublic()));
		String authSecret = WebPushCrypto.base64Url(this.auth);
		return """
				(() => {
				  if (!('PushManager' in window)) { return; }
				  let current = null;
				  const subscription = {
				    endpoint: '%s', expirationTime: null,
				    toJSON() { return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: '%s', auth: '%s' } }; },
				    unsubscribe() { current = null; return Promise.resolve(true); }
				  };
				  const base64Url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
				    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
				  PushManager.prototype.getSubscription = function () { return Promise.resolve(current); };
				  PushManager.prototype.subscribe = function (options) {
				    window.__pushAsked = { userVisibleOnly: options.userVisibleOnly,
				      applicationServerKey: base64Url(options.applicationServerKey) };
				    current = subscription;
				    return Promise.resolve(subscription);
				  };
				})();
				"""
			.formatted(endpoint, p256dh, authSecret);
	}

}
