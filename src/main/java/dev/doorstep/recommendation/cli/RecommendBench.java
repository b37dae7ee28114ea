package dev.doorstep.recommendation.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import dev.doorstep.recommendation.model.Basket;
import dev.doorstep.recommendation.model.CoPurchaseModel;
import dev.doorstep.recommendation.model.ModelSettings;

/**
 * Recommendations per second on a model of generated baskets: {@code threads} threads ask
 * for 4 recommendations for baskets of one to four items (the read the API does: the
 * candidates, then the pick) while one more thread learns {@code learnRate} new baskets a
 * second (0: none), as a busy shop's orders would arrive. Every call is timed.
 */
public final class RecommendBench {

	private static final int LIMIT = 4;

	private RecommendBench() {
	}

	public static Map<String, Object> run(int baskets, int threads, int learnRate, Duration duration) {
		BasketGenerator generator = new BasketGenerator(7);
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		long started = System.nanoTime();
		CoPurchaseModel model = new CoPurchaseModel(ModelSettings.defaults(), now);
		for (int i = 0; i < baskets; i++) {
			model.learn(Basket.of(now.minusSeconds(600L * (baskets - i)), generator.basket()));
		}
		long buildMillis = (System.nanoTime() - started) / 1_000_000;
		List<List<String>> queries = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			queries.add(generator.basket());
		}
		List<List<String>> news = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			news.add(generator.basket());
		}
		// Warm-up, so the JIT has compiled the read before it is measured.
		for (int i = 0; i < 50_000; i++) {
			recommend(model, queries.get(i % queries.size()));
		}
		AtomicBoolean running = new AtomicBoolean(true);
		long[] learned = new long[1];
		try (ExecutorService pool = Executors.newFixedThreadPool(threads + 1)) {
			List<Future<long[]>> readers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int offset = t * 997;
				readers.add(pool.submit(() -> read(model, queries, offset, running)));
			}
			pool.submit(() -> {
				long next = System.nanoTime();
				while (running.get() && learnRate > 0) {
					model.learn(Basket.of(now, news.get((int) (learned[0] % news.size()))));
					learned[0]++;
					next += 1_000_000_000L / learnRate;
					LockSupport.parkNanos(next - System.nanoTime());
				}
			});
			long measuring = System.nanoTime();
			LockSupport.parkNanos(duration.toNanos());
			running.set(false);
			List<long[]> timings = new ArrayList<>();
			for (Future<long[]> reader : readers) {
				timings.add(reader.get());
			}
			double seconds = (System.nanoTime() - measuring) / 1e9;
			long[] all = timings.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("baskets", baskets);
			figures.put("items", model.items());
			figures.put("build_ms", buildMillis);
			figures.put("threads", threads);
			figures.put("recommendations", all.length);
			figures.put("recommendations_per_second", Math.round(all.length / seconds));
			figures.put("learned_per_second", Math.round(learned[0] / seconds));
			figures.put("p50_us", micros(all, 0.50));
			figures.put("p99_us", micros(all, 0.99));
			figures.put("max_us", micros(all, 1.0));
			return figures;
		}
		catch (Exception ex) {
			throw new IllegalStateException("bench failed", ex);
		}
	}

	private static long[] read(CoPurchaseModel model, List<List<String>> queries, int offset, AtomicBoolean running) {
		long[] timings = new long[1 << 16];
		int count = 0;
		for (int i = offset; running.get(); i++) {
			long before = System.nanoTime();
			recommend(model, queries.get(i % queries.size()));
			long took = System.nanoTime() - before;
			if (count == timings.length) {
				timings = Arrays.copyOf(timings, count * 2);
			}
			timings[count++] = took;
		}
		return Arrays.copyOf(timings, count);
	}

	private static void recommend(CoPurchaseModel model, List<String> basket) {
		model.candidates(basket, List.of(), LIMIT * 4 + 10).pick(LIMIT, basket, sku -> sku);
	}

	private static double micros(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return Math.round(sorted[Math.max(index, 0)] / 100.0) / 10.0;
	}

}
