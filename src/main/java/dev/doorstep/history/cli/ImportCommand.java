package dev.doorstep.history.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.doorstep.history.HistoryFormatException;
import dev.doorstep.history.HistoryImport;
import dev.doorstep.history.ImportSummary;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar doorstep.jar import <orders.csv> --shop <slug> [--dry-run] [--json]}.
 * Starts the application without its web server and with every background job off (no
 * demo shop, no scheduler, no carrier polling, no message or webhook dispatch, no replay
 * of the server's unfinished events), against the database the server uses (embedded, or
 * {@code DOORSTEP_DATABASE_URL}); imports the file into the shop; prints the summary on
 * stdout, and the progress and any log on stderr.
 */
public final class ImportCommand {

	/** Exit code: everything imported (or, in a dry run, importable). */
	public static final int OK = 0;

	/** Exit code: wrong command line, unreadable file, unusable header, unknown shop. */
	public static final int USAGE = 1;

	/** Exit code: the import ran, and some rows were rejected (listed in the summary). */
	public static final int REJECTED_ROWS = 4;

	static final String HELP = """
			usage: doorstep import <orders.csv> --shop <slug> [--dry-run] [--json] [--property=value ...]
			         loads historic orders and parcels into an existing shop, idempotently: orders by
			         external_id, parcels by carrier and tracking_number. No shopper messages and no
			         webhooks are sent for them. One row per order line; the header is
			         %s
			         (columns in docs/guides/importing-history.md). --dry-run checks and counts
			         without storing; --json prints the summary as JSON. Exit code 0: all rows
			         imported, 4: some rows rejected, 1: nothing done."""
		.formatted(String.join(",", HistoryImport.COLUMNS));

	/**
	 * What the run switches off: it shares the server's database, and must not do the
	 * server's work (or send anything) while it imports.
	 */
	static final List<String> OFFLINE = List.of("--spring.main.web-application-type=none",
			"--doorstep.demo.enabled=false", "--db-scheduler.enabled=false",
			"--spring.modulith.events.republish-outstanding-events-on-restart=false",
			"--doorstep.carrier.polling.enabled=false", "--doorstep.carrier.push.work-off-enabled=false",
			"--doorstep.notification.dispatch-enabled=false", "--doorstep.webhook.dispatch-enabled=false",
			"--doorstep.feedback.scan-enabled=false", "--doorstep.notification.email.bounce-mailbox.poll-enabled=false",
			"--logging.level.root=WARN");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** The parsed command line. */
	record Options(Path file, String shop, boolean dryRun, boolean json, List<String> springArgs) {

		static @Nullable Options parse(String[] args, PrintStream err) {
			String file = null;
			String shop = null;
			boolean dryRun = false;
			boolean json = false;
			List<String> spring = new ArrayList<>();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--dry-run")) {
					dryRun = true;
				}
				else if (arg.equals("--json")) {
					json = true;
				}
				else if (arg.equals("--shop") && i + 1 < args.length) {
					shop = args[++i];
				}
				else if (arg.startsWith("--shop=")) {
					shop = arg.substring("--shop=".length());
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else if (!arg.startsWith("-") && file == null) {
					file = arg;
				}
				else {
					err.println("import: unexpected argument '" + arg + "'");
					return null;
				}
			}
			if (file == null || shop == null || shop.isBlank()) {
				err.println("import: " + (file == null ? "the CSV file" : "--shop <slug>") + " is required");
				return null;
			}
			return new Options(Path.of(file), shop.strip(), dryRun, json, List.copyOf(spring));
		}

	}

	private ImportCommand() {
	}

	/**
	 * @param application the Spring Boot application class to start
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Class<?> application) {
		Options options = Options.parse(args, err);
		if (options == null) {
			err.println(HELP);
			return USAGE;
		}
		if (!Files.isReadable(options.file()) || Files.isDirectory(options.file())) {
			err.println("import: cannot read '" + options.file() + "'");
			return USAGE;
		}
		List<String> springArgs = new ArrayList<>(OFFLINE);
		springArgs.addAll(options.springArgs());
		// Logs go to stdout by default; the summary owns stdout (it may be JSON for a
		// script), so anything logged while Spring runs goes to stderr.
		PrintStream stdout = System.out;
		System.setOut(err);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArgs.toArray(String[]::new))) {
			return importFile(context, options, out, err);
		}
		finally {
			System.setOut(stdout);
		}
	}

	static int importFile(ConfigurableApplicationContext context, Options options, PrintStream out, PrintStream err) {
		Optional<Shop> shop = context.getBean(Shops.class).findBySlug(options.shop());
		if (shop.isEmpty()) {
			err.println("import: no shop with the slug '" + options.shop() + "'");
			return USAGE;
		}
		ImportSummary summary;
		try (Reader reader = Files.newBufferedReader(options.file(), StandardCharsets.UTF_8)) {
			ProgressBar progress = new ProgressBar(err);
			summary = context.getBean(HistoryImport.class).run(shop.get().id(), reader, options.dryRun(), progress);
			progress.finish();
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("import: cannot read '" + options.file() + "': " + ex.getMessage());
			return USAGE;
		}
		catch (HistoryFormatException ex) {
			err.println("import: " + options.file() + ": " + ex.getMessage());
			return USAGE;
		}
		out.println(options.json() ? JSON.writeValueAsString(summary) : plain(summary, options, shop.get()));
		out.flush();
		return summary.rejected().isEmpty() ? OK : REJECTED_ROWS;
	}

	static String plain(ImportSummary summary, Options options, Shop shop) {
		StringBuilder text = new StringBuilder();
		text.append(summary.dryRun() ? "Dry run (nothing stored): " : "Imported ")
			.append(options.file().getFileName())
			.append(" into shop ")
			.append(shop.slug())
			.append('\n');
		line(text, "rows read", summary.rowsRead());
		line(text, "orders created", summary.ordersCreated());
		line(text, "orders already present", summary.ordersAlreadyPresent());
		line(text, "shipments created", summary.shipmentsCreated());
		line(text, "shipments already present", summary.shipmentsAlreadyPresent());
		line(text, "deliveries learned", summary.deliveriesLearned());
		line(text, "rows rejected", summary.rejected().size());
		for (ImportSummary.Rejection rejection : summary.rejected()) {
			text.append("  line ")
				.append(rejection.line())
				.append(", ")
				.append(rejection.column())
				.append(": ")
				.append(rejection.reason())
				.append('\n');
		}
		return text.toString().stripTrailing();
	}

	private static void line(StringBuilder text, String label, int value) {
		text.append(String.format("%-27s %d%n", label, value));
	}

}
