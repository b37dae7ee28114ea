package dev.doorstep.recommendation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.doorstep.recommendation.model.Recommendation.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoPurchaseModelTests {

	static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	static Basket basket(long daysAgo, String... skus) {
		return Basket.of(NOW.minus(Duration.ofDays(daysAgo)), List.of(skus));
	}

	static Basket categorised(String category, String... skus) {
		return new Basket(NOW, List.of(skus).stream().map(sku -> new Basket.Item(sku, category)).toList());
	}

	static List<String> skus(List<Recommendation> recommendations) {
		return recommendations.stream().map(Recommendation::sku).toList();
	}

	@Test
	void recommendsWhatIsBoughtTogetherAboveWhatIsMerelyPopular() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		for (int i = 0; i < 20; i++) {
			model.learn(basket(1, "POPULAR", "X" + i));
		}
		for (int i = 0; i < 3; i++) {
			model.learn(basket(1, "TENT", "PEGS"));
		}
		List<Recommendation> recommendations = model.recommend(List.of("TENT"), 2);
		assertThat(recommendations.get(0)).satisfies(first -> {
			assertThat(first.sku()).isEqualTo("PEGS");
			assertThat(first.reason()).isEqualTo(Reason.BOUGHT_TOGETHER);
			assertThat(first.score()).isGreaterThan(0);
		});
		// The second falls back on popularity: nothing else was bought with the tent.
		assertThat(recommendations.get(1).sku()).isEqualTo("POPULAR");
		assertThat(recommendations.get(1).reason()).isEqualTo(Reason.POPULAR);
	}

	@Test
	void aPairBelowTheMinimumSupportIsNotBoughtTogether() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults().withMinSupport(2), NOW);
		model.learn(basket(1, "A", "ONCE"));
		model.learn(basket(1, "A", "TWICE"));
		model.learn(basket(1, "A", "TWICE"));
		Candidates candidates = model.candidates(List.of("A"), List.of(), 10);
		assertThat(skus(candidates.together())).containsExactly("TWICE");
		assertThat(skus(candidates.popular())).contains("ONCE");
	}

	@Test
	void newerBasketsWeighMore() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		// Bought with OLD as often as with NEW, but a year earlier.
		for (int i = 0; i < 3; i++) {
			model.learn(basket(365, "A", "OLD"));
			model.learn(basket(5, "A", "NEW"));
		}
		assertThat(skus(model.recommend(List.of("A"), 2))).containsExactly("NEW", "OLD");
		CoPurchaseModel noDecay = new CoPurchaseModel(ModelSettings.defaults().withHalfLife(Duration.ZERO), NOW);
		for (int i = 0; i < 3; i++) {
			noDecay.learn(basket(5, "A", "NEW"));
			noDecay.learn(basket(365, "A", "OLD"));
		}
		List<Recommendation> undecayed = noDecay.recommend(List.of("A"), 2);
		assertThat(undecayed.get(0).score()).isEqualTo(undecayed.get(1).score());
	}

	@Test
	void neitherTheBasketsItemsNorOtherVariantsOfThemNorTwoVariantsOfOneProduct() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		for (int i = 0; i < 3; i++) {
			model.learn(basket(1, "SHIRT-M", "SHIRT-L", "TIE", "BELT-S", "BELT-M", "SOCKS"));
		}
		Map<String, String> groups = Map.of("SHIRT-M", "SHIRT", "SHIRT-L", "SHIRT", "TIE", "TIE", "BELT-S", "BELT",
				"BELT-M", "BELT", "SOCKS", "SOCKS");
		List<Recommendation> picked = model.candidates(List.of("SHIRT-M"), List.of(), 20)
			.pick(10, List.of("SHIRT"), groups::get);
		assertThat(skus(picked)).doesNotContain("SHIRT-M", "SHIRT-L").containsOnlyOnce("TIE", "SOCKS");
		assertThat(skus(picked)).filteredOn(sku -> sku.startsWith("BELT")).hasSize(1);
		// A SKU the caller may not recommend (unavailable, unknown) is skipped.
		List<Recommendation> available = model.candidates(List.of("SHIRT-M"), List.of(), 20)
			.pick(10, List.of("SHIRT"), sku -> sku.equals("TIE") ? null : groups.get(sku));
		assertThat(skus(available)).doesNotContain("TIE").contains("SOCKS");
	}

	@Test
	void newAndRareItemsFallBackOnTheirCategorysPopularItemsThenOnAll() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		for (int i = 0; i < 5; i++) {
			model.learn(categorised("shoes", "BOOT"));
			model.learn(categorised("bags", "TOTE"));
		}
		model.learn(categorised("shoes", "SANDAL"));
		model.learn(categorised("shoes", "NEW-SHOE"));
		for (int i = 0; i < 9; i++) {
			model.learn(categorised("hats", "CAP"));
		}
		List<Recommendation> forNewShoe = model.recommend(List.of("NEW-SHOE"), 4);
		assertThat(skus(forNewShoe)).containsExactly("BOOT", "SANDAL", "CAP", "TOTE");
		assertThat(forNewShoe.stream().map(Recommendation::reason)).containsExactly(Reason.POPULAR_IN_CATEGORY,
				Reason.POPULAR_IN_CATEGORY, Reason.POPULAR, Reason.POPULAR);
		// A SKU the model never saw: the catalogue's category is used.
		Candidates unknown = model.candidates(List.of("NEVER-SOLD"), List.of("bags"), 4);
		assertThat(skus(unknown.inCategory())).containsExactly("TOTE");
	}

	@Test
	void learningOneBasketAtATimeWhileReadingGivesWhatAFullRebuildGives() {
		Random random = new Random(3);
		List<Basket> baskets = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			List<String> skus = new ArrayList<>();
			int size = 1 + random.nextInt(4);
			for (int j = 0; j < size; j++) {
				skus.add("S" + random.nextInt(60));
			}
			baskets.add(Basket.of(NOW.minus(Duration.ofHours(3000 - i)), skus));
		}
		CoPurchaseModel incremental = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		for (Basket basket : baskets) {
			incremental.learn(basket);
			// Reads in between fill the neighbour lists that later baskets make stale.
			incremental.recommend(basket.items().stream().map(Basket.Item::sku).toList(), 4);
		}
		CoPurchaseModel rebuilt = CoPurchaseModel.of(ModelSettings.defaults(), NOW, baskets);
		for (int i = 0; i < 60; i++) {
			List<String> basket = List.of("S" + i);
			assertThat(incremental.recommend(basket, 6)).as("S" + i)
				.usingRecursiveComparison()
				.withComparatorForType(
						(a, b) -> Math.abs((Double) a - (Double) b) < 1e-9 * Math.max(1, Math.abs((Double) a)) ? 0 : 1,
						Double.class)
				.isEqualTo(rebuilt.recommend(basket, 6));
		}
	}

	@Test
	void forgettingABasketUndoesLearningIt() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		model.learn(basket(1, "A", "B"));
		model.learn(basket(1, "A", "B"));
		model.learn(basket(1, "A", "C"));
		List<Recommendation> before = model.recommend(List.of("A"), 3);
		Basket cancelled = basket(2, "A", "C");
		model.learn(cancelled);
		// A second basket with C: the pair now has the support to count.
		assertThat(skus(model.candidates(List.of("A"), List.of(), 5).together())).containsExactly("B", "C");
		model.forget(cancelled);
		assertThat(model.recommend(List.of("A"), 3)).usingRecursiveComparison()
			.withComparatorForType((a, b) -> Math.abs((Double) a - (Double) b) < 1e-9 ? 0 : 1, Double.class)
			.isEqualTo(before);
		assertThat(skus(model.candidates(List.of("A"), List.of(), 5).together())).containsExactly("B");
		assertThat(model.baskets()).isEqualTo(3);
	}

	@Test
	void aWeightThatWentUpAndDownAgainTiesAsIfItNeverMoved() {
		for (int days = 1; days <= 60; days++) {
			CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
			model.learn(basket(7, "Y"));
			model.learn(basket(7, "X"));
			List<Basket> cancelled = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				cancelled.add(basket(days + i * 13L, "Y"));
			}
			cancelled.forEach(model::learn);
			cancelled.forEach(model::forget);
			// Equal weights fall to the SKU order, as in a model that never saw them.
			assertThat(skus(model.recommend(List.of("Z"), 2))).as("%d days", days).containsExactly("X", "Y");
		}
	}

	@Test
	void aHugeBasketCountsForPopularityButNotForPairs() {
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), NOW);
		String[] wholesale = new String[CoPurchaseModel.MAX_PAIRED_ITEMS + 1];
		for (int i = 0; i < wholesale.length; i++) {
			wholesale[i] = "W" + i;
		}
		model.learn(basket(1, wholesale));
		model.learn(basket(1, wholesale));
		model.learn(basket(1, "W0", "W1"));
		model.learn(basket(1, "W0", "W1"));
		Candidates candidates = model.candidates(List.of("W0"), List.of(), 5);
		// Only the two small baskets pair W0 with W1.
		assertThat(skus(candidates.together())).containsExactly("W1");
		assertThat(candidates.popular().get(0).sku()).isEqualTo("W1");
		assertThat(candidates.popular().get(0).score()).isEqualTo(1.0);
	}

	@Test
	void liftFavoursRarePartnersWhereCosineFavoursFrequentOnes() {
		ModelSettings settings = ModelSettings.defaults();
		List<Basket> baskets = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			baskets.add(basket(1, "A", "COMMON"));
			baskets.add(basket(1, "COMMON", "Z" + i));
			baskets.add(basket(1, "COMMON", "Y" + i));
		}
		baskets.add(basket(1, "A", "RARE"));
		baskets.add(basket(1, "A", "RARE"));
		CoPurchaseModel cosine = CoPurchaseModel.of(settings.withScore(ModelSettings.Score.COSINE), NOW, baskets);
		CoPurchaseModel lift = CoPurchaseModel.of(settings.withScore(ModelSettings.Score.LIFT), NOW, baskets);
		assertThat(skus(cosine.recommend(List.of("A"), 1))).containsExactly("COMMON");
		assertThat(skus(lift.recommend(List.of("A"), 1))).containsExactly("RARE");
	}

}
