package dev.doorstep.recommendation.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.doorstep.recommendation.model.Basket;
import dev.doorstep.recommendation.model.CoPurchaseModel;
import dev.doorstep.recommendation.model.ModelSettings;
import dev.doorstep.recommendation.model.Recommendation;

/**
 * The offline evaluation: learn the first 80 % of the baskets (file order is time order),
 * then for every later basket with at least two distinct items hide each item in turn and
 * ask for {@code k} recommendations from the others. A case is a hit when the hidden item
 * is among them. The baseline recommends the {@code k} most often bought items of the
 * training part that are not in the basket. The model does not learn the test part, so
 * every case is judged on the same model.
 */
final class Evaluation {

	/** The JSON keys, in the order printed. */
	static final List<String> KEYS = List.of("baskets_train", "baskets_test", "cases", "hit_rate", "baseline_hit_rate");

	private final ModelSettings settings;

	private final int k;

	private final Duration span;

	private final PrintStream progress;

	/**
	 * @param span the time the baskets are spread over, evenly and ending now (the file
	 * has no dates; recency weighting needs some)
	 */
	Evaluation(ModelSettings settings, int k, Duration span, PrintStream progress) {
		this.settings = settings;
		this.k = k;
		this.span = span;
		this.progress = progress;
	}

	Map<String, Object> run(List<List<String>> baskets) {
		int train = (int) (baskets.size() * 0.8);
		Instant end = Instant.parse("2026-01-01T00:00:00Z");
		Instant start = end.minus(this.span);
		long step = baskets.isEmpty() ? 0 : this.span.toSeconds() / baskets.size();
		Progress bar = new Progress(this.progress, baskets.size());
		CoPurchaseModel model = new CoPurchaseModel(this.settings, end);
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < train; i++) {
			model.learn(Basket.of(start.plusSeconds(step * i), baskets.get(i)));
			for (String sku : new LinkedHashSet<>(baskets.get(i))) {
				counts.merge(sku, 1, Integer::sum);
			}
			bar.step("learning");
		}
		List<String> popular = new ArrayList<>(counts.keySet());
		popular.sort(Comparator.comparing((String sku) -> counts.get(sku)).reversed().thenComparing(sku -> sku));
		int cases = 0;
		int hits = 0;
		int baselineHits = 0;
		for (int i = train; i < baskets.size(); i++) {
			List<String> basket = List.copyOf(new LinkedHashSet<>(baskets.get(i)));
			if (basket.size() >= 2) {
				for (String hidden : basket) {
					Set<String> rest = new LinkedHashSet<>(basket);
					rest.remove(hidden);
					cases++;
					if (model.recommend(rest, this.k).stream().map(Recommendation::sku).anyMatch(hidden::equals)) {
						hits++;
					}
					if (popular.stream().filter(sku -> !rest.contains(sku)).limit(this.k).anyMatch(hidden::equals)) {
						baselineHits++;
					}
				}
			}
			bar.step("testing");
		}
		bar.done();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("baskets_train", train);
		figures.put("baskets_test", baskets.size() - train);
		figures.put("cases", cases);
		figures.put("hit_rate", rate(hits, cases));
		figures.put("baseline_hit_rate", rate(baselineHits, cases));
		return figures;
	}

	private static double rate(int part, int whole) {
		return (whole == 0) ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
	}

	/** A one-line bar on stderr, redrawn when the percentage moves. */
	static final class Progress {

		private final PrintStream out;

		private final int total;

		private int done;

		private int percent = -1;

		Progress(PrintStream out, int total) {
			this.out = out;
			this.total = Math.max(total, 1);
		}

		void step(String phase) {
			int now = (int) (++this.done * 100L / this.total);
			if (now != this.percent) {
				this.percent = now;
				String bar = "=".repeat(now / 4) + ">" + " ".repeat(25 - now / 4);
				this.out.printf("\rrecommend evaluate |%s| %3d%% %-8s %d/%d", bar, now, phase, this.done, this.total);
				this.out.flush();
			}
		}

		void done() {
			this.out.println();
		}

	}

}
