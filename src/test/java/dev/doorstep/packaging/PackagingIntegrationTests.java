package dev.doorstep.packaging;

import java.util.List;
import java.util.Map;

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
 * The packaging API end to end: dimensions on the catalogue, the box catalogue, and a
 * recommendation for items, an order and a parcel, with problem answers naming fields.
 */
@DoorstepIntegrationTest
class PackagingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	ApiClient api;

	@BeforeEach
	void shop() {
		this.api = new ApiClient(this.port, this.shops.create("Packaging").apiKey());
	}

	static Map<String, Object> product(String sku, int length, int width, int height, int weight) {
		return Map.of("sku", sku, "name", sku, "price", 10, "currency", "EUR", "lengthMm", length, "widthMm", width,
				"heightMm", height, "weightG", weight);
	}

	static Map<String, Object> box(String id, int length, int width, int height, int maxWeight, String cost,
			boolean standard) {
		return Map.of("id", id, "name", id + " box", "innerLengthMm", length, "innerWidthMm", width, "innerHeightMm",
				height, "maxWeightG", maxWeight, "cost", cost, "currency", "EUR", "standard", standard);
	}

	private void catalogue() {
		assertThat(this.api
			.post("/api/v1/products",
					Map.of("products",
							List.of(product("JKT-1", 300, 250, 60, 700), product("SOCK-3", 120, 80, 40, 100))))
			.status()).isEqualTo(200);
		ApiClient.Response boxes = this.api
			.put("/api/v1/packaging/boxes", Map.of("boxes", List.of(box("S", 200, 150, 100, 5_000, "0.80", false),
					box("M", 350, 260, 120, 10_000, "1.20", false), box("L", 400, 300, 250, 20_000, "2.00", true))));
		assertThat(boxes.status()).isEqualTo(200);
	}

	@Test
	void dimensionsAreStoredAndReturned() {
		catalogue();
		ApiClient.Response jacket = this.api.get("/api/v1/products/JKT-1");
		assertThat(jacket.text("/lengthMm")).isEqualTo("300");
		assertThat(jacket.text("/widthMm")).isEqualTo("250");
		assertThat(jacket.text("/heightMm")).isEqualTo("60");
		assertThat(jacket.text("/weightG")).isEqualTo("700");
		// Without dimensions the product is still accepted.
		this.api.post("/api/v1/products",
				Map.of("products", List.of(Map.of("sku", "PLAIN", "name", "Plain", "price", 1, "currency", "EUR"))));
		assertThat(this.api.get("/api/v1/products/PLAIN").json().get("lengthMm").isNull()).isTrue();
	}

	@Test
	void impossibleDimensionsAreNamed() {
		ApiClient.Response response = this.api.post("/api/v1/products", Map.of("products",
				List.of(product("BAD", 0, 100, 100, 100), product("HUGE", 100, 100, 100, 2_000_000))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains("products[0].lengthMm").contains("products[1].weightG");
	}

	@Test
	void theBoxCatalogueIsReplacedAsAWhole() {
		catalogue();
		ApiClient.Response boxes = this.api.get("/api/v1/packaging/boxes");
		assertThat(boxes.json().get("boxes").size()).isEqualTo(3);
		assertThat(boxes.text("/boxes/2/id")).isEqualTo("L");
		assertThat(boxes.text("/boxes/2/standard")).isEqualTo("true");
		assertThat(boxes.json().at("/boxes/0/cost").decimalValue()).isEqualByComparingTo("0.80");

		this.api.put("/api/v1/packaging/boxes", Map.of("boxes", List.of(box("X", 100, 100, 100, 1_000, "0.5", true))));
		assertThat(this.api.get("/api/v1/packaging/boxes").json().get("boxes").size()).isEqualTo(1);
	}

	@Test
	void aBadCatalogueIsRefusedNamingTheFields() {
		ApiClient.Response twoStandards = this.api.put("/api/v1/packaging/boxes", Map.of("boxes",
				List.of(box("A", 100, 100, 100, 1_000, "1", true), box("A", 100, 100, 100, 1_000, "1", true))));
		assertThat(twoStandards.status()).isEqualTo(400);
		assertThat(twoStandards.contentType()).startsWith("application/problem+json");
		assertThat(twoStandards.body()).contains("boxes[1].id").contains("exactly one box must be the standard box");

		ApiClient.Response invalid = this.api.put("/api/v1/packaging/boxes",
				Map.of("boxes", List.of(box("B", -1, 100, 100, 1_000, "1", true))));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("boxes[0].innerLengthMm");
		assertThat(this.api.get("/api/v1/packaging/boxes").json().get("boxes").size()).isZero();
	}

	@Test
	void itemsGetTheSmallestFittingBoxWithFillAndVoid() {
		catalogue();
		ApiClient.Response response = this.api.post("/api/v1/packaging/recommend",
				Map.of("items", List.of(Map.of("sku", "SOCK-3", "quantity", 2))));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("/boxes/0/box/id")).isEqualTo("S");
		assertThat(response.text("/boxes/0/items/0/sku")).isEqualTo("SOCK-3");
		assertThat(response.text("/boxes/0/items/0/quantity")).isEqualTo("2");
		// 2 x 0.384 l in a 3 l box.
		assertThat(response.text("/boxes/0/itemsVolumeMm3")).isEqualTo("768000");
		assertThat(response.text("/boxes/0/voidVolumeMm3")).isEqualTo("2232000");
		assertThat(response.text("/boxes/0/voidLitres")).isEqualTo("2.232");
		assertThat(response.text("/boxes/0/fillRate")).isEqualTo("0.256");
		assertThat(response.text("/boxes/0/weightG")).isEqualTo("200");
		assertThat(response.text("/standard/box/id")).isEqualTo("L");
		assertThat(response.text("/standard/voidSavedMm3")).isEqualTo(Long.toString(30_000_000L - 3_000_000L));
		assertThat(response.text("/split")).isEqualTo("false");
	}

	@Test
	void anOrderAndAParcelAreRecommendedFromTheirItems() {
		catalogue();
		String order = this.api.post("/api/v1/orders", Fixtures.order("pk-" + System.nanoTime(), "PK-1")).text("/id");
		String parcel = this.api
			.post("/api/v1/orders/" + order + "/shipments",
					Fixtures.shipment("dpd", "0" + (System.nanoTime() % 10_000_000_000_000L)))
			.text("/id");

		ApiClient.Response byOrder = this.api.post("/api/v1/packaging/recommend", Map.of("orderId", order));
		assertThat(byOrder.status()).isEqualTo(200);
		// The jacket (300 x 250 x 60) and two pairs of socks: the M box.
		assertThat(byOrder.text("/boxes/0/box/id")).isEqualTo("M");
		assertThat(byOrder.json().at("/boxes/0/items").size()).isEqualTo(2);

		ApiClient.Response byParcel = this.api.post("/api/v1/packaging/recommend", Map.of("shipmentId", parcel));
		assertThat(byParcel.status()).isEqualTo(200);
		assertThat(byParcel.text("/boxes/0/box/id")).isEqualTo("M");
	}

	@Test
	void anotherShopsOrderOrParcelIsNotFound() {
		ApiClient other = new ApiClient(this.port, this.shops.create("Packaging Other").apiKey());
		String order = other.post("/api/v1/orders", Fixtures.order("pko-" + System.nanoTime(), "PKO-1")).text("/id");
		String parcel = other
			.post("/api/v1/orders/" + order + "/shipments",
					Fixtures.shipment("dpd", "0" + (System.nanoTime() % 10_000_000_000_000L)))
			.text("/id");
		catalogue();

		assertThat(this.api.post("/api/v1/packaging/recommend", Map.of("orderId", order)).status()).isEqualTo(404);
		assertThat(this.api.post("/api/v1/packaging/recommend", Map.of("shipmentId", parcel)).status()).isEqualTo(404);
	}

	@Test
	void itemsWithoutDimensionsAre422NamingTheSkus() {
		catalogue();
		ApiClient.Response response = this.api.post("/api/v1/packaging/recommend", Map.of("items",
				List.of(Map.of("sku", "JKT-1", "quantity", 1), Map.of("sku", "NOPE-9", "quantity", 1))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("/type")).endsWith("/unknown-dimensions");
		assertThat(response.text("/errors/0/field")).isEqualTo("items[1].sku");
		assertThat(response.text("/skus/0")).isEqualTo("NOPE-9");
	}

	@Test
	void withoutBoxesTheAnswerSaysWhatToDo() {
		this.api.post("/api/v1/products", Map.of("products", List.of(product("SOCK-3", 120, 80, 40, 100))));
		ApiClient.Response response = this.api.post("/api/v1/packaging/recommend",
				Map.of("items", List.of(Map.of("sku", "SOCK-3", "quantity", 1))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.text("/type")).endsWith("/no-boxes");
		assertThat(response.text("/errors/0/field")).isEqualTo("boxes");
	}

	@Test
	void malformedRequestsAre400NamingTheField() {
		ApiClient.Response none = this.api.post("/api/v1/packaging/recommend", Map.of());
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.text("/errors/0/field")).isEqualTo("items");
		ApiClient.Response quantity = this.api.post("/api/v1/packaging/recommend",
				Map.of("items", List.of(Map.of("sku", "SOCK-3", "quantity", 0))));
		assertThat(quantity.status()).isEqualTo(400);
		assertThat(quantity.contentType()).startsWith("application/problem+json");
		assertThat(quantity.body()).contains("items[0].quantity");
		assertThat(
				this.api.post("/api/v1/packaging/recommend", Map.of("orderId", "00000000-0000-0000-0000-000000000001"))
					.status())
			.isEqualTo(404);
	}

}
