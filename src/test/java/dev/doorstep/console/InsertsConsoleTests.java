package dev.doorstep.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console → Inserts: the button makes a day's cards in the background, the progress page
 * reloads itself until the merged PDF is ready; owners add pool codes, agents print.
 */
@DoorstepIntegrationTest
class InsertsConsoleTests {

	static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	ShopId shopId;

	ApiClient api;

	@BeforeEach
	void shopWithTwoParcelsToday() {
		TestShops.TestShop shop = this.shops.create("Inserts Console");
		this.shopId = shop.shop().id();
		this.api = new ApiClient(this.port, shop.apiKey());
		for (String number : new String[] { "K-1", "K-2" }) {
			Map<String, Object> order = Fixtures.order("ic-" + System.nanoTime(), number);
			order.put("placedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
			String id = this.api.post("/api/v1/orders", order).text("/id");
			this.api.post("/api/v1/orders/" + id + "/shipments",
					Fixtures.shipment("dpd", "0" + (System.nanoTime() % 10_000_000_000_000L)));
		}
	}

	@Test
	void aDaysCardsAreMadeWithProgressAndDownloadedAsOnePdf() throws Exception {
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.AGENT, PASSWORD), PASSWORD);
		assertThat(agent.get("/console/inserts").body()).contains("Print a day&#39;s cards")
			.doesNotContain("Add codes");

		ConsoleSession.Page started = agent.post("/console/inserts/batches",
				Map.of("date", LocalDate.now(ZoneId.of("Europe/Berlin")).toString()));
		assertThat(started.status()).isEqualTo(302);
		String progress = started.location().replaceFirst("^https?://[^/]+", "");
		ConsoleSession.Page page = agent.get(progress);
		assertThat(page.body()).contains("<progress");
		org.awaitility.Awaitility.await().until(() -> agent.get(progress).body().contains("id=\"batch-pdf\""));
		assertThat(agent.get(progress).body()).contains("Download 2 cards (PDF)");

		HttpResponse<byte[]> pdf = agent.getBytes(progress + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
		}
		assertThat(agent.post("/console/inserts/codes", Map.of("codes", "A-CODE-1")).status()).isEqualTo(403);
	}

	@Test
	void ownersAddPoolCodesAndBadOnesAreNamed() {
		ConsoleSession owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.OWNER, PASSWORD), PASSWORD);

		assertThat(owner.get("/console/inserts").body()).contains("Add codes to the pool");
		ConsoleSession.Page added = owner.post("/console/inserts/codes", Map.of("codes", "SPRING-0001\nSPRING-0002"));
		ConsoleSession.Page bad = owner.post("/console/inserts/codes", Map.of("codes", "GOOD-0003\nno good!"));

		assertThat(added.status()).isEqualTo(302);
		assertThat(owner.get("/console/inserts").body()).contains("2 codes added, 0 skipped.");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body()).contains("line 1").contains("no good!");
		assertThat(owner.get("/console/inserts").body()).containsPattern("id=\"pool-size\">2<");
	}

}
