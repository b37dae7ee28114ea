package dev.doorstep.delivery.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.doorstep.runtime.CountryZones;
import dev.doorstep.delivery.model.ModelSettings;
import dev.doorstep.delivery.model.PredictionRequest;
import dev.doorstep.delivery.model.TransitModel;
import dev.doorstep.delivery.model.TransitModels;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.shipment.TrackingStatus;

/**
 * How cheap a prediction is while the model keeps learning: one thread learns deliveries
 * in a loop, the others predict (as a tracking page or checkout would) for a fixed time.
 */
final class ModelBench {

	private ModelBench() {
	}

	static Map<String, Object> run(int rows, int threads, Duration duration) throws Exception {
		StringWriter csv = new StringWriter();
		new SyntheticHistory(42, 0).write(new PrintWriter(csv), rows, LocalDate.of(2025, 1, 1), 365);
		List<HistoryCsv.Row> history = read(csv.toString());
		int train = history.size() * 8 / 10;
		TransitModel model = TransitModels.create(ModelSettings.defaults(), null);
		long learnStart = System.nanoTime();
		for (HistoryCsv.Row row : history.subList(0, train)) {
			model.learn(sample(row));
		}
		double learnSeconds = (System.nanoTime() - learnStart) / 1e9;
		List<PredictionRequest> requests = history.subList(train, history.size())
			.stream()
			.map(row -> new PredictionRequest(row.lane(), row.shippedAt(), row.shippedAt(), null,
					CountryZones.of(row.lane().originCountry()), row.shippedAt().plus(Duration.ofDays(1)),
					TrackingStatus.IN_TRANSIT, row.shippedAt(), row.shippedAt(), null, null))
			.toList();
		AtomicBoolean stop = new AtomicBoolean();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads + 1)) {
			Future<Long> learner = pool.submit(() -> {
				long learned = 0;
				while (!stop.get()) {
					model.learn(sample(history.get((int) (learned % train))));
					learned++;
				}
				return learned;
			});
			List<Future<long[]>> predictors = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int offset = t;
				predictors.add(pool.submit(() -> predict(model, requests, offset, stop)));
			}
			Thread.sleep(duration.toMillis());
			stop.set(true);
			long predictions = 0;
			List<Long> latencies = new ArrayList<>();
			for (Future<long[]> predictor : predictors) {
				long[] result = predictor.get();
				predictions += result[0];
				for (int i = 1; i < result.length; i++) {
					latencies.add(result[i]);
				}
			}
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			double seconds = duration.toMillis() / 1000.0;
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("trained", train);
			json.put("initial_learns_per_second", Math.round(train / learnSeconds));
			json.put("predictor_threads", threads);
			json.put("seconds", seconds);
			json.put("predictions_per_second", Math.round(predictions / seconds));
			json.put("concurrent_learns_per_second", Math.round(learner.get() / seconds));
			json.put("predict_p50_micros", micros(sorted, 0.5));
			json.put("predict_p99_micros", micros(sorted, 0.99));
			json.put("lane_levels", model.lanes().size());
			return json;
		}
	}

	/** Count first, then a sample of latencies (every 64th call) in nanoseconds. */
	private static long[] predict(TransitModel model, List<PredictionRequest> requests, int offset,
			AtomicBoolean stop) {
		long count = 0;
		List<Long> sample = new ArrayList<>();
		int i = offset * 7919;
		while (!stop.get()) {
			PredictionRequest request = requests.get(Math.floorMod(i++, requests.size()));
			if ((count & 63) == 0) {
				long start = System.nanoTime();
				Objects.requireNonNull(model.predict(request));
				sample.add(System.nanoTime() - start);
			}
			else {
				Objects.requireNonNull(model.predict(request));
			}
			count++;
		}
		long[] result = new long[sample.size() + 1];
		result[0] = count;
		for (int k = 0; k < sample.size(); k++) {
			result[k + 1] = sample.get(k);
		}
		return result;
	}

	private static double micros(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return Math.round(sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 100.0) / 10.0;
	}

	private static TransitSample sample(HistoryCsv.Row row) {
		return new TransitSample(row.lane(), row.shippedAt(), row.deliveredAt());
	}

	private static List<HistoryCsv.Row> read(String csv) throws IOException {
		BufferedReader reader = new BufferedReader(new StringReader(csv));
		int[] positions = Objects.requireNonNull(HistoryCsv.positions(Objects.requireNonNull(reader.readLine())));
		List<HistoryCsv.Row> rows = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (HistoryCsv.parse(line, positions) instanceof HistoryCsv.Good good) {
				rows.add(good.row());
			}
		}
		rows.sort(Comparator.comparing(HistoryCsv.Row::shippedAt));
		return rows;
	}

}
