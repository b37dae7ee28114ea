package dev.doorstep.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console → Packaging: a day's parcels with their box, fill rate and void, and the void
 * saved against the standard box; a parcel with unknown dimensions says which SKU.
 */
@DoorstepIntegrationTest
class PackagingConsoleTests {

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
		TestShops.TestShop shop = this.shops.create("Packaging Console");
		this.shopId = shop.shop().id();
		this.api = new ApiClient(this.port, shop.apiKey());
		this.api.post("/api/v1/products",
				Map.of("products",
						List.of(Map.of("sku", "JKT-1", "name", "Jacket", "price", 10, "currency", "EUR", "lengthMm",
								300, "widthMm", 250, "heightMm", 60, "weightG", 700),
								Map.of("sku", "SOCK-3", "name", "Socks", "price", 5, "currency", "EUR", "lengthMm", 120,
										"widthMm", 80, "heightMm", 40, "weightG", 100))));
		this.api.put("/api/v1/packaging/boxes", Map.of("boxes", List.of(
				Map.of("id", "M", "name", "Medium carton", "innerLengthMm", 350, "innerWidthMm", 260, "innerHeightMm",
						120, "maxWeightG", 10_000, "cost", 1.2, "currency", "EUR", "standard", false),
				Map.of("id", "L", "name", "Large carton", "innerLengthMm", 400, "innerWidthMm", 300, "innerHeightMm",
						250, "maxWeightG", 20_000, "cost", 2, "currency", "EUR", "standard", true))));
		// K-1: jacket and socks, named on the parcel.
		String first = this.api.post("/api/v1/orders", Fixtures.order("pc-" + System.nanoTime(), "K-1")).text("/id");
		this.api.post("/api/v1/orders/" + first + "/shipments",
				Fixtures.shipment("dpd", "0" + (System.nanoTime() % 10_000_000_000_000L)));
		// K-2: a mug the catalogue has no dimensions for; the parcel names no items, so
		// the order's count.
		Map<String, Object> second = Fixtures.order("pc-" + System.nanoTime(), "K-2");
		second.put("items",
				List.of(Map.of("sku", "MUG-1", "name", "Mug", "quantity", 1, "unitPrice", new BigDecimal("12.00"))));
		second.put("total", new BigDecimal("12.00"));
		String secondId = this.api.post("/api/v1/orders", second).text("/id");
		Map<String, Object> parcel = Fixtures.shipment("dpd", "0" + (System.nanoTime() % 10_000_000_000_000L));
		parcel.remove("items");
		this.api.post("/api/v1/orders/" + secondId + "/shipments", parcel);
	}

	@Test
	void aDaysParcelsShowTheirBoxAndTheVoidSaved() {
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.AGENT, PASSWORD), PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

		ConsoleSession.Page page = agent.get("/console/packaging?date=" + today);
		assertThat(page.status()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("Right-size packaging").contains("href=\"/console/packaging\"");
		assertThat(body).contains("id=\"parcel-count\">2<").contains("id=\"recommended-count\">1<");
		// Jacket and socks (5.268 l) in the medium carton (10.92 l) instead of the large
		// one (30 l): 5.652 l of void instead of 24.732 l.
		String k1 = row(body, "K-1");
		assertThat(k1).contains("Medium carton")
			.contains("1 × JKT-1, 2 × SOCK-3")
			.contains("48 %")
			.contains("5.652 l")
			.contains("19.08 l");
		assertThat(row(body, "K-2")).contains("Unknown dimensions: MUG-1");
		assertThat(body).contains("id=\"void-saved\">19.08 l<");

		assertThat(agent.get("/console/packaging?date=" + today.minusDays(3)).body())
			.contains("No parcels reported on this day.");
		assertThat(agent.get("/console/packaging?date=yesterday").status()).isEqualTo(422);
	}

	private static String row(String body, String orderNumber) {
		int start = body.indexOf("data-order=\"" + orderNumber + "\"");
		assertThat(start).as("row of " + orderNumber).isPositive();
		return body.substring(start, body.indexOf("</tr>", start));
	}

}
