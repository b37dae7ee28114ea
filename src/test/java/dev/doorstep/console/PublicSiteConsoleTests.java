package dev.doorstep.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.PublicSite;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.TestShops;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings page's own-domain and widget-origin fields. */
@DoorstepIntegrationTest
class PublicSiteConsoleTests {

	private static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	PublicSites sites;

	@Test
	void anOwnerSetsTheDomainAndOriginsAndSeesWhatIsWrong() {
		TestShops.TestShop shop = this.shops.create("Console domain");
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, shop.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		String host = "track-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		owner.get("/console/settings");

		ConsoleSession.Page wrong = owner.postAll("/console/settings",
				form("http://" + host + "/path", "https://www.shop.example\nnot an origin"));

		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.body()).contains("Enter https:// and a host only", "Enter origins like",
				"value=\"http://" + host + "/path\"", "not an origin");
		assertThat(this.sites.get(shop.shop().id())).isEqualTo(PublicSite.none());

		ConsoleSession.Page saved = owner.postAll("/console/settings",
				form("https://" + host, "https://www.shop.example, https://m.shop.example"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.sites.get(shop.shop().id())).isEqualTo(
				new PublicSite("https://" + host, List.of("https://www.shop.example", "https://m.shop.example")));
		assertThat(owner.get("/console/settings").body()).contains("value=\"https://" + host + "\"",
				"https://www.shop.example\nhttps://m.shop.example");

		TestShops.TestShop other = this.shops.create("Console domain other");
		ConsoleSession otherOwner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, other.shop().id(), ShopRole.OWNER, PASSWORD), PASSWORD);
		otherOwner.get("/console/settings");
		ConsoleSession.Page taken = otherOwner.postAll("/console/settings", form("https://" + host, ""));
		assertThat(taken.status()).isEqualTo(422);
		assertThat(taken.body()).contains("Another shop uses this domain already.");
	}

	private static List<Map.Entry<String, List<String>>> form(String base, String origins) {
		List<Map.Entry<String, List<String>>> form = new ArrayList<>(List.of(Map.entry("name", List.of("Shop")),
				Map.entry("websiteUrl", List.of("https://shop.test")), Map.entry("logoUrl", List.of("")),
				Map.entry("primaryColor", List.of("#112233")), Map.entry("accentColor", List.of("#e4572e")),
				Map.entry("defaultLocale", List.of("en")), Map.entry("supportedLocales", List.of("en", "de")),
				Map.entry("timeZone", List.of("Europe/Berlin")), Map.entry("supportEmail", List.of("")),
				Map.entry("supportPhone", List.of("")), Map.entry("openingHours", List.of(""))));
		form.add(Map.entry("publicBaseUrl", List.of(base)));
		form.add(Map.entry("allowedOrigins", List.of(origins)));
		return form;
	}

}
