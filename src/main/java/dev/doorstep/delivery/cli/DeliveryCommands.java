package dev.doorstep.delivery.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.doorstep.delivery.model.ModelSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code doorstep delivery ...}: the transit model offline. No web server, no database.
 */
public final class DeliveryCommands {

	/** Exit code for a wrong command line, an unreadable file or a wrong header. */
	public static final int USAGE = 1;

	private static final String HELP = """
			usage: doorstep delivery backtest [--coverage 0.85] <file.csv>
			         trains on the earlier 80 %% of a delivery history (by shipped_at), predicts the
			         later 20 %% as of shipped_at and prints one JSON object of figures; the file's
			         header is
			         %s
			         (service and promised_date may be empty; timestamps ISO-8601)
			       doorstep delivery generate [--rows 50000] [--seed 42] [--start 2025-01-01]
			                                  [--days 365] [--malformed 0.001] [--out file.csv]
			         writes a synthetic delivery history with known rules in that format"""
		.formatted(HistoryCsv.HEADER);

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private DeliveryCommands() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length >= 1 && args[0].equals("backtest")) {
			return backtest(Arrays.copyOfRange(args, 1, args.length), out, err);
		}
		if (args.length >= 1 && args[0].equals("generate")) {
			return generate(Arrays.copyOfRange(args, 1, args.length), out, err);
		}
		if (args.length >= 1 && args[0].equals("bench")) {
			return bench(Arrays.copyOfRange(args, 1, args.length), out, err);
		}
		err.println(HELP);
		return USAGE;
	}

	private static int backtest(String[] args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, err, "coverage");
		if (options == null || options.file == null) {
			err.println(HELP);
			return USAGE;
		}
		ModelSettings settings = ModelSettings.defaults();
		try {
			settings = settings.withCoverage(Double.parseDouble(options.get("coverage", "0.85")));
		}
		catch (IllegalArgumentException ex) {
			err.println("delivery backtest: --coverage must be a number between 0 and 1");
			return USAGE;
		}
		Map<String, @Nullable Object> figures;
		try (BufferedReader reader = Files.newBufferedReader(Path.of(options.file), StandardCharsets.UTF_8)) {
			figures = new Backtest(settings, err).run(reader);
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("delivery backtest: cannot read '" + options.file + "': " + ex.getMessage());
			return USAGE;
		}
		if (figures == null) {
			err.println("delivery backtest: '" + options.file + "' needs the header " + HistoryCsv.HEADER);
			return USAGE;
		}
		out.println(JSON.writeValueAsString(figures));
		return 0;
	}

	private static int generate(String[] args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, err, "rows", "seed", "start", "days", "malformed", "out");
		if (options == null || options.file != null) {
			err.println(HELP);
			return USAGE;
		}
		int rows;
		long seed;
		LocalDate start;
		int days;
		double malformed;
		try {
			rows = Integer.parseInt(options.get("rows", "50000"));
			seed = Long.parseLong(options.get("seed", "42"));
			start = LocalDate.parse(options.get("start", "2025-01-01"));
			days = Integer.parseInt(options.get("days", "365"));
			malformed = Double.parseDouble(options.get("malformed", "0.001"));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			err.println("delivery generate: " + ex.getMessage());
			return USAGE;
		}
		SyntheticHistory history = new SyntheticHistory(seed, malformed);
		String target = options.values.get("out");
		if (target == null) {
			history.write(new PrintWriter(out, false, StandardCharsets.UTF_8), rows, start, days);
			return 0;
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8))) {
			history.write(writer, rows, start, days);
		}
		catch (IOException ex) {
			err.println("delivery generate: cannot write '" + target + "': " + ex.getMessage());
			return USAGE;
		}
		return 0;
	}

	private static int bench(String[] args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, err, "rows", "threads", "seconds");
		if (options == null || options.file != null) {
			err.println(HELP);
			return USAGE;
		}
		try {
			Map<String, Object> figures = ModelBench.run(Integer.parseInt(options.get("rows", "50000")),
					Integer.parseInt(options.get("threads", "2")),
					Duration.ofSeconds(Long.parseLong(options.get("seconds", "10"))));
			out.println(JSON.writeValueAsString(figures));
			return 0;
		}
		catch (NumberFormatException ex) {
			err.println("delivery bench: " + ex.getMessage());
			return USAGE;
		}
		catch (Exception ex) {
			err.println("delivery bench failed: " + ex);
			return USAGE;
		}
	}

	/** {@code --name value} pairs and at most one plain argument. */
	private static final class Options {

		private final Map<String, String> values = new HashMap<>();

		private @Nullable String file;

		static @Nullable Options parse(String[] args, PrintStream err, String... names) {
			Options options = new Options();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--")) {
					String name = arg.substring(2);
					String value = null;
					int equals = name.indexOf('=');
					if (equals >= 0) {
						value = name.substring(equals + 1);
						name = name.substring(0, equals);
					}
					else if (i + 1 < args.length) {
						value = args[++i];
					}
					if (value == null || !Arrays.asList(names).contains(name)) {
						err.println("delivery: unexpected option '" + arg + "'");
						return null;
					}
					options.values.put(name, value);
				}
				else if (options.file == null) {
					options.file = arg;
				}
				else {
					err.println("delivery: unexpected argument '" + arg + "'");
					return null;
				}
			}
			return options;
		}

		String get(String name, String fallback) {
			return this.values.getOrDefault(name, fallback);
		}

	}

}
