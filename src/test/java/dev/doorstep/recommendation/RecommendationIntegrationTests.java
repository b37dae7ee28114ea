package dev.doorstep.recommendation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.recommendation.internal.ShopModels;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DoorstepIntegrationTest
class RecommendationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ShopModels models;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ApiClient api;

	ShopId shopId;

	@BeforeEach
	void shopWithCatalogueAndOrders() {
		TestShops.TestShop shop = this.shops.create("Outdoor shop");
		this.shopId = shop.shop().id();
		this.api = new ApiClient(this.port, shop.apiKey());
		List<Map<String, Object>> products = new ArrayList<>();
		for (String sku : List.of("TENT", "PEGS", "STOVE", "MAT")) {
			products.add(product(sku, "camping", true, null));
		}
		products.add(product("LAMP", "camping", false, null));
		products.add(product("SHIRT-M", "apparel", true, "SHIRT"));
		products.add(product("SHIRT-L", "apparel", true, "SHIRT"));
		products.add(product("SOCKS", "apparel", true, null));
		products.add(product("CAP", "apparel", true, null));
		products.add(product("NEWBAG", "apparel", true, null));
		assertThat(this.api.post("/api/v1/products", Map.of("products", products)).status()).isEqualTo(200);
		place(3, "TENT", "PEGS");
		// Bought with the tent even more often, but out of stock.
		place(4, "TENT", "LAMP");
		// Another size of the shirt in the basket below.
		place(2, "TENT", "SHIRT-L");
		// Not in the catalogue: never recommended.
		place(3, "TENT", "GHOST");
		place(2, "SHIRT-M", "SOCKS");
		place(5, "CAP");
		// Once only: below the minimum support.
		place(1, "STOVE", "MAT");
	}

	static Map<String, Object> product(String sku, String category, boolean available, String variantOf) {
		Map<String, Object> product = new HashMap<>(Map.of("sku", sku, "name", "The " + sku.toLowerCase(), "category",
				category, "price", 19.9, "currency", "EUR", "available", available, "productUrl",
				"https://shop.example/p/" + sku, "imageUrl", "https://shop.example/i/" + sku + ".jpg"));
		if (variantOf != null) {
			product.put("variantOf", variantOf);
		}
		return product;
	}

	List<String> place(int times, String... skus) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			Map<String, Object> order = new LinkedHashMap<>(Fixtures.order(UUID.randomUUID().toString(), "N-1"));
			order.put("items",
					List.of(skus)
						.stream()
						.map(sku -> Map.of("sku", sku, "name", sku, "category",
								sku.startsWith("SHIRT") || sku.equals("SOCKS") || sku.equals("CAP") ? "apparel"
										: "camping",
								"quantity", 1, "unitPrice", 10))
						.toList());
			ApiClient.Response response = this.api.post("/api/v1/orders", order);
			assertThat(response.status()).isEqualTo(201);
			ids.add(response.text("/id"));
		}
		return ids;
	}

	JsonNode recommend(String query) {
		ApiClient.Response response = this.api.get("/api/v1/recommendations?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static List<String> skus(JsonNode recommendations) {
		List<String> skus = new ArrayList<>();
		recommendations.forEach(r -> skus.add(r.get("sku").asString()));
		return skus;
	}

	static List<String> reasons(JsonNode recommendations) {
		List<String> reasons = new ArrayList<>();
		recommendations.forEach(r -> reasons.add(r.get("reason").asString()));
		return reasons;
	}

	@Test
	void boughtTogetherFirstThenPopularInTheBasketsCategoriesOnlyAvailableCatalogueProductsNoVariantsOfTheBasket() {
		JsonNode recommendations = recommend("sku=TENT&sku=SHIRT-M&limit=3");
		// SOCKS with SHIRT-M: 2 of 2 orders; PEGS with TENT: 3 of 12. LAMP is
		// unavailable,
		// GHOST unknown to the catalogue, SHIRT-L another size of the basket's shirt.
		assertThat(skus(recommendations)).containsExactly("SOCKS", "PEGS", "CAP");
		assertThat(reasons(recommendations)).containsExactly("bought together", "bought together",
				"popular in category");
		JsonNode socks = recommendations.get(0);
		assertThat(socks.get("name").asString()).isEqualTo("The socks");
		assertThat(socks.get("price").decimalValue()).isEqualByComparingTo("19.9");
		assertThat(socks.get("currency").asString()).isEqualTo("EUR");
		assertThat(socks.get("url").asString()).isEqualTo("https://shop.example/p/SOCKS");
		assertThat(socks.get("image").asString()).isEqualTo("https://shop.example/i/SOCKS.jpg");
		assertThat(socks.get("score").asDouble()).isGreaterThan(recommendations.get(1).get("score").asDouble());
		assertThat(skus(recommend("sku=TENT&sku=SHIRT-M&limit=20"))).doesNotContain("LAMP", "GHOST", "SHIRT-L", "TENT",
				"SHIRT-M");
	}

	@Test
	void aProductNobodyOrderedYetGetsItsCategorysPopularProductsAnUnknownSkuTheShopsPopularOnes() {
		JsonNode forNewBag = recommend("sku=NEWBAG");
		assertThat(skus(forNewBag)).hasSize(4).startsWith("CAP");
		assertThat(reasons(forNewBag).get(0)).isEqualTo("popular in category");
		JsonNode forUnknown = recommend("sku=NO-SUCH-SKU");
		// Default limit 4; the tent is in the most orders.
		assertThat(skus(forUnknown)).hasSize(4).startsWith("TENT", "CAP");
		assertThat(reasons(forUnknown)).containsOnly("popular");
	}

	@Test
	void newOrdersUpdateTheModelAtOnceCancelledOnesAreTakenOutAndARebuildAgrees() {
		assertThat(skus(recommend("sku=TENT&limit=1"))).containsExactly("PEGS");
		List<String> stoves = place(5, "TENT", "STOVE");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> skus(recommend("sku=TENT&limit=1")).equals(List.of("STOVE")));
		String beforeRebuild = this.api.get("/api/v1/recommendations?sku=TENT&sku=CAP&limit=20").body();
		this.models.rebuildAll();
		assertThat(this.api.get("/api/v1/recommendations?sku=TENT&sku=CAP&limit=20").body()).isEqualTo(beforeRebuild);
		stoves.forEach(id -> assertThat(this.api.post("/api/v1/orders/" + id + "/cancel", "").status()).isEqualTo(200));
		await().atMost(Duration.ofSeconds(10)).until(() -> skus(recommend("sku=TENT&limit=1")).equals(List.of("PEGS")));
		JsonNode all = recommend("sku=TENT&limit=20");
		for (JsonNode recommendation : all) {
			if (recommendation.get("sku").asString().equals("STOVE")) {
				assertThat(recommendation.get("reason").asString()).isNotEqualTo("bought together");
			}
		}
		this.models.rebuildAll();
		assertThat(recommend("sku=TENT&limit=20")).isEqualTo(all);
		// The scheduled full rebuild is a db-scheduler task.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'recommendation-model-rebuild'")
				.query(Integer.class)
				.single() == 1);
	}

	@Test
	void ordersPlacedWhileRebuildsRunAreCountedOnceAndAgreeWithAFreshRebuild() throws Exception {
		recommend("sku=TENT");
		ShopId shop = this.shopId;
		java.util.concurrent.atomic.AtomicBoolean placing = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread rebuilding = Thread.ofPlatform().start(() -> {
			while (placing.get()) {
				this.models.rebuildAll();
			}
		});
		try {
			for (int i = 0; i < 15; i++) {
				place(1, "TENT", "STOVE");
				place(1, "MAT", "PEGS", "CAP");
			}
		}
		finally {
			placing.set(false);
			rebuilding.join();
		}
		// 20 orders before, 30 during; each learned exactly once.
		await().atMost(Duration.ofSeconds(10)).until(() -> this.models.forShop(shop).baskets() == 50);
		String learned = this.api.get("/api/v1/recommendations?sku=TENT&sku=MAT&limit=20").body();
		this.models.rebuildAll();
		assertThat(this.models.forShop(shop).baskets()).isEqualTo(50);
		assertThat(this.api.get("/api/v1/recommendations?sku=TENT&sku=MAT&limit=20").body()).isEqualTo(learned);
	}

	@Test
	void badParametersAreNamedInAProblem() {
		assertProblem("/api/v1/recommendations", "sku");
		assertProblem("/api/v1/recommendations?sku=%20", "sku");
		assertProblem("/api/v1/recommendations?sku=TENT&limit=0", "limit");
		assertProblem("/api/v1/recommendations?sku=TENT&limit=21", "limit");
		assertProblem("/api/v1/recommendations?sku=TENT&limit=many", "limit");
		assertThat(skus(recommend("sku=NO-SUCH-SKU&limit=20"))).hasSizeLessThanOrEqualTo(20);
	}

	void assertProblem(String path, String field) {
		ApiClient.Response response = this.api.get(path);
		assertThat(response.status()).as(path).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().at("/errors/0/field").asString()).as(response.body()).isEqualTo(field);
	}

}
