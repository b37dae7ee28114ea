package dev.doorstep.recommendation.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.doorstep.recommendation.model.ModelSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code doorstep recommend ...}: the cross-sell model offline. No web server, no
 * database.
 */
public final class RecommendCommands {

	/** Exit code for a wrong command line or an unreadable file. */
	public static final int USAGE = 1;

	private static final String HELP = """
			usage: doorstep recommend evaluate <file> [--k 5] [--score cosine|lift] [--min-support 2]
			                                   [--half-life-days 90] [--days 365]
			         reads baskets, one per line, SKUs separated by commas (file order = time order,
			         spread evenly over --days), learns the first 80 %%, and for every later basket
			         with at least two items hides each item in turn and asks k recommendations from
			         the rest; prints JSON with %s
			       doorstep recommend generate <file> [--baskets 20000] [--seed 42] [--drift true]
			         writes baskets with planted pairs in that format ('-' = standard output); with
			         drift the pairs change partners halfway through the file
			       doorstep recommend bench [--baskets 50000] [--threads 2] [--learn-rate 1000] [--seconds 10]
			         recommendations per second and latency on a model of generated baskets while
			         one more thread learns --learn-rate baskets a second"""
		.formatted(String.join(", ", Evaluation.KEYS));

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RecommendCommands() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		String command = (args.length > 0) ? args[0] : "";
		Arguments arguments = Arguments.parse(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
		try {
			return switch (command) {
				case "evaluate" -> evaluate(arguments, out, err);
				case "generate" -> generate(arguments, out);
				case "bench" -> bench(arguments, out);
				case "" -> throw new IllegalArgumentException("needs a command");
				default -> throw new IllegalArgumentException("unknown command '" + command + "'");
			};
		}
		catch (IllegalArgumentException ex) {
			err.println("recommend: " + ex.getMessage());
			err.println(HELP);
			return USAGE;
		}
		catch (IOException ex) {
			err.println("recommend: " + ex.getMessage());
			return USAGE;
		}
	}

	private static int evaluate(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
		arguments.allow("k", "score", "min-support", "half-life-days", "days");
		Path file = Path.of(arguments.file("a basket file"));
		int k = arguments.integer("k", 5);
		ModelSettings settings = ModelSettings.defaults()
			.withScore(ModelSettings.Score.valueOf(arguments.text("score", "cosine").toUpperCase(Locale.ROOT)))
			.withMinSupport(arguments.integer("min-support", ModelSettings.defaults().minSupport()))
			.withHalfLife(Duration.ofDays(arguments.integer("half-life-days", 90)));
		if (k < 1) {
			throw new IllegalArgumentException("--k must be at least 1");
		}
		List<List<String>> baskets = read(file);
		Map<String, Object> figures = new Evaluation(settings, k, Duration.ofDays(arguments.integer("days", 365)), err)
			.run(baskets);
		out.println(JSON.writeValueAsString(figures));
		return 0;
	}

	/** One basket per line; blank lines and empty items are skipped. */
	static List<List<String>> read(Path file) throws IOException {
		List<List<String>> baskets = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				List<String> items = Arrays.stream(line.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.toList();
				if (!items.isEmpty()) {
					baskets.add(items);
				}
			}
		}
		return baskets;
	}

	private static int generate(Arguments arguments, PrintStream out) throws IOException {
		arguments.allow("baskets", "seed", "drift");
		String target = arguments.file("an output file");
		BasketGenerator generator = new BasketGenerator(arguments.integer("seed", 42));
		int baskets = arguments.integer("baskets", 20_000);
		boolean drift = Boolean.parseBoolean(arguments.text("drift", "false"));
		if (target.equals("-")) {
			generator.write(new PrintWriter(out, false, StandardCharsets.UTF_8), baskets, drift);
			return 0;
		}
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8))) {
			generator.write(writer, baskets, drift);
		}
		return 0;
	}

	private static int bench(Arguments arguments, PrintStream out) {
		arguments.allow("baskets", "threads", "learn-rate", "seconds");
		if (arguments.file != null) {
			throw new IllegalArgumentException("bench takes no file");
		}
		Map<String, Object> figures = RecommendBench.run(arguments.integer("baskets", 50_000),
				arguments.integer("threads", 2), arguments.integer("learn-rate", 1000),
				Duration.ofSeconds(arguments.integer("seconds", 10)));
		out.println(JSON.writeValueAsString(figures));
		return 0;
	}

	/** {@code --name value} (or {@code --name=value}) options and one plain argument. */
	private static final class Arguments {

		private final Map<String, String> options = new TreeMap<>();

		private @Nullable String file;

		private @Nullable String error;

		static Arguments parse(String[] args) {
			Arguments parsed = new Arguments();
			for (int i = 0; i < args.length; i++) {
				if (!args[i].startsWith("--") || args[i].length() == 2) {
					if (parsed.file != null) {
						parsed.error = "unexpected argument '" + args[i] + "'";
					}
					parsed.file = args[i];
					continue;
				}
				String[] nameValue = args[i].substring(2).split("=", 2);
				if (nameValue.length == 2) {
					parsed.options.put(nameValue[0], nameValue[1]);
				}
				else if (i + 1 < args.length) {
					parsed.options.put(nameValue[0], args[++i]);
				}
				else {
					parsed.error = "option '" + args[i] + "' needs a value";
				}
			}
			return parsed;
		}

		void allow(String... names) {
			if (this.error != null) {
				throw new IllegalArgumentException(this.error);
			}
			List<String> allowed = List.of(names);
			for (String name : this.options.keySet()) {
				if (!allowed.contains(name)) {
					throw new IllegalArgumentException("unexpected option '--" + name + "'");
				}
			}
		}

		String file(String what) {
			if (this.file == null) {
				throw new IllegalArgumentException("needs " + what);
			}
			return this.file;
		}

		String text(String name, String fallback) {
			return this.options.getOrDefault(name, fallback);
		}

		int integer(String name, int fallback) {
			String value = this.options.get(name);
			try {
				return (value != null) ? Integer.parseInt(value) : fallback;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
			}
		}

	}

}
