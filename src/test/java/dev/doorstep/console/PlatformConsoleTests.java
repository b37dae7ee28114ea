package dev.doorstep.console;

import java.util.Map;

import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformConnections;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's shop platform page: an owner connects Shopify with its secret (shown
 * masked afterwards) and disconnects it; a missing field is named and nothing is saved;
 * agents only read; another shop's connection does not show.
 */
@DoorstepIntegrationTest
class PlatformConsoleTests {

	private static final String PASSWORD = "platform-console-password";

	private static final String SHOPIFY_SECRET = "shpss_0123456789abcdef7f3e";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	PlatformConnections connections;

	TestShops.TestShop shop;

	ConsoleSession owner;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Platform Console");
		this.owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
	}

	@Test
	void anOwnerConnectsShopifyAndSeesOnlyAMaskedSecret() {
		ConsoleSession.Page empty = this.owner.get("/console/platforms");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Shopify", "WooCommerce", "Shopware 6", "Magento 2 / Adobe Commerce")
			.contains("/hooks/platforms/shopify/" + this.shop.shop().slug())
			.contains("not connected")
			.contains("Connect a platform");

		ConsoleSession.Page missing = this.owner.post("/console/platforms", Map.of("platform", "shopify"));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).contains("id=\"platform-error\"").contains("secret must not be blank");
		assertThat(this.connections.find(this.shop.shop().id(), "shopify")).isEmpty();

		this.owner.get("/console/platforms");
		ConsoleSession.Page saved = this.owner.post("/console/platforms",
				Map.of("platform", "shopify", "secret", SHOPIFY_SECRET));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.connections.find(this.shop.shop().id(), "shopify")).map(PlatformConnection::secret)
			.hasValue(SHOPIFY_SECRET);
		ConsoleSession.Page after = this.owner.get("/console/platforms");
		assertThat(after.body()).contains("Shopify connected")
			.contains("***7f3e")
			.doesNotContain(SHOPIFY_SECRET)
			.contains("Disconnect");

		ConsoleSession.Page disconnected = this.owner.post("/console/platforms/shopify/disconnect", Map.of());
		assertThat(disconnected.status()).isEqualTo(302);
		assertThat(this.connections.find(this.shop.shop().id(), "shopify")).isEmpty();
		assertThat(this.owner.get("/console/platforms").body()).contains("Shopify disconnected");
	}

	@Test
	void shopwareNeedsItsAppNameAndMagentoAPublicKeyOrAPull() {
		this.owner.get("/console/platforms");
		ConsoleSession.Page shopware = this.owner.post("/console/platforms",
				Map.of("platform", "shopware", "secret", "app-secret-of-the-manifest"));
		assertThat(shopware.status()).isEqualTo(422);
		assertThat(shopware.body()).contains("appName must be the app&#39;s technical name");

		this.owner.get("/console/platforms");
		ConsoleSession.Page magento = this.owner.post("/console/platforms",
				Map.of("platform", "magento", "publicKey", "not a key"));
		assertThat(magento.status()).isEqualTo(422);
		assertThat(magento.body()).contains("must be the Adobe Commerce webhooks");
		assertThat(this.connections.find(this.shop.shop().id(), "magento")).isEmpty();

		assertThat(this.owner
			.post("/console/platforms",
					Map.of("platform", "shopware", "secret", "app-secret-of-the-manifest", "appName", "DoorstepApp"))
			.status()).isEqualTo(302);
		assertThat(this.owner.get("/console/platforms").body()).contains("app DoorstepApp")
			.contains("registered: false")
			.contains("/hooks/platforms/shopware/" + this.shop.shop().slug() + "/register");
	}

	@Test
	void agentsReadAndAnotherShopsConnectionDoesNotShow() {
		this.connections.connect(this.shop.shop().id(), "woocommerce",
				PlatformConnection.Settings.secret("woo-secret-1234abcd"));
		TestShops.TestShop other = this.shops.create("Platform Console Other");
		this.connections.connect(other.shop().id(), "shopify", PlatformConnection.Settings.secret("other-shop-9z9z"));
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop.shop().id(), ShopRole.AGENT, PASSWORD), PASSWORD);

		ConsoleSession.Page page = agent.get("/console/platforms");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("***abcd").doesNotContain("***9z9z").doesNotContain("Connect a platform");
		assertThat(agent.post("/console/platforms", Map.of("platform", "shopify", "secret", "agent-secret-1")).status())
			.isEqualTo(403);
		assertThat(agent.post("/console/platforms/woocommerce/disconnect", Map.of()).status()).isEqualTo(403);
		assertThat(this.connections.find(this.shop.shop().id(), "woocommerce")).isPresent();
		assertThat(this.connections.find(this.shop.shop().id(), "shopify")).isEmpty();
	}

}
