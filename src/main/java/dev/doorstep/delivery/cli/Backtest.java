package dev.doorstep.delivery.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.runtime.CountryZones;
import dev.doorstep.delivery.model.ModelSettings;
import dev.doorstep.delivery.model.PredictionRequest;
import dev.doorstep.delivery.model.TransitModel;
import dev.doorstep.delivery.model.TransitModels;
import dev.doorstep.delivery.model.TransitSample;
import org.jspecify.annotations.Nullable;

/**
 * Trains on the earlier 80 % of a delivery history (by {@code shipped_at}) and predicts
 * the later 20 % as of their {@code shipped_at}, the way a checkout promise is made.
 * Malformed rows are counted, never fatal.
 */
final class Backtest {

	/** Lines with their numbers in the file, for the malformed report. */
	private static final int EXAMPLES = 5;

	private final ModelSettings settings;

	private final PrintStream progress;

	Backtest(ModelSettings settings, PrintStream progress) {
		this.settings = settings;
		this.progress = progress;
	}

	/** The figures, in the documented order; {@code null} when the header is wrong. */
	@Nullable Map<String, @Nullable Object> run(BufferedReader reader) throws IOException {
		String header = reader.readLine();
		int[] positions = header == null ? null : HistoryCsv.positions(header);
		if (positions == null) {
			return null;
		}
		List<HistoryCsv.Row> rows = new ArrayList<>();
		Map<String, Integer> malformed = new TreeMap<>();
		List<Integer> examples = new ArrayList<>();
		int lineNumber = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			switch (HistoryCsv.parse(line, positions)) {
				case HistoryCsv.Good good -> rows.add(good.row());
				case HistoryCsv.Bad bad -> {
					malformed.merge(bad.reason(), 1, Integer::sum);
					if (examples.size() < EXAMPLES) {
						examples.add(lineNumber);
					}
				}
			}
		}
		rows.sort(Comparator.comparing(HistoryCsv.Row::shippedAt));
		int train = (int) Math.floor(rows.size() * 0.8);
		Progress bar = new Progress(this.progress, rows.size());
		TransitModel model = TransitModels.create(this.settings, null);
		for (int i = 0; i < train; i++) {
			HistoryCsv.Row row = rows.get(i);
			model.learn(new TransitSample(row.lane(), row.shippedAt(), row.deliveredAt()));
			bar.step("learning");
		}
		Figures figures = new Figures();
		long started = System.nanoTime();
		for (int i = train; i < rows.size(); i++) {
			HistoryCsv.Row row = rows.get(i);
			PredictionRequest request = new PredictionRequest(row.lane(), row.shippedAt(), row.shippedAt(), null,
					CountryZones.of(row.lane().originCountry()), row.shippedAt(), null, null, null, null, null);
			DeliveryPrediction prediction = model.predict(request);
			LocalDate actual = LocalDate.ofInstant(row.deliveredAt(), CountryZones.of(row.lane().destinationCountry()));
			figures.add(prediction, actual, row.promised());
			bar.step("predicting");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		bar.done();
		Map<String, @Nullable Object> json = figures.json(train, rows.size() - train);
		json.put("malformed_rows", malformed.values().stream().mapToInt(Integer::intValue).sum());
		json.put("malformed_reasons", malformed);
		json.put("malformed_lines", examples);
		json.put("predictions_per_second", seconds > 0 ? Math.round((rows.size() - train) / seconds) : null);
		return json;
	}

	/** Sums over the predicted rows. */
	private static final class Figures {

		private int n;

		private long absoluteError;

		private int inside;

		private int late;

		private long windowDays;

		private double confidence;

		private int promised;

		private int promiseLate;

		private long promiseSlack;

		private final Map<String, Integer> sources = new TreeMap<>();

		void add(DeliveryPrediction prediction, LocalDate actual, @Nullable LocalDate promise) {
			DeliveryWindow window = prediction.window();
			this.n++;
			this.absoluteError += Math.abs(ChronoUnit.DAYS.between(window.mostLikely(), actual));
			if (!actual.isBefore(window.earliest()) && !actual.isAfter(window.latest())) {
				this.inside++;
			}
			if (actual.isAfter(window.latest())) {
				this.late++;
			}
			this.windowDays += ChronoUnit.DAYS.between(window.earliest(), window.latest()) + 1;
			this.confidence += window.confidence();
			this.sources.merge(prediction.basis().source().name(), 1, Integer::sum);
			if (promise != null) {
				this.promised++;
				this.promiseLate += actual.isAfter(promise) ? 1 : 0;
				this.promiseSlack += ChronoUnit.DAYS.between(actual, promise);
			}
		}

		Map<String, @Nullable Object> json(int train, int test) {
			Map<String, @Nullable Object> json = new LinkedHashMap<>();
			json.put("n_train", train);
			json.put("n_test", test);
			json.put("mae_days", ratio(this.absoluteError, this.n));
			json.put("window_coverage", ratio(this.inside, this.n));
			json.put("late_rate", ratio(this.late, this.n));
			json.put("mean_window_days", ratio(this.windowDays, this.n));
			json.put("mean_confidence", ratio(this.confidence, this.n));
			json.put("n_promised", this.promised);
			json.put("promise_late_rate", ratio(this.promiseLate, this.promised));
			json.put("promise_mean_slack_days", ratio(this.promiseSlack, this.promised));
			json.put("basis", this.sources);
			return json;
		}

		private static @Nullable Double ratio(double part, int whole) {
			return whole == 0 ? null : Math.round(part / whole * 10_000) / 10_000.0;
		}

	}

	/** A one-line progress bar on stderr, redrawn when the percentage changes. */
	static final class Progress {

		private static final int WIDTH = 30;

		private final PrintStream out;

		private final int total;

		private int done;

		private int shown = -1;

		Progress(PrintStream out, int total) {
			this.out = out;
			this.total = Math.max(1, total);
		}

		void step(String what) {
			this.done++;
			int percent = (int) (100L * this.done / this.total);
			if (percent != this.shown) {
				this.shown = percent;
				int filled = WIDTH * percent / 100;
				this.out.print("\rbacktest [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
						+ what + " " + this.done + "/" + this.total + "   ");
				this.out.flush();
			}
		}

		void done() {
			this.out.println();
		}

	}

}
