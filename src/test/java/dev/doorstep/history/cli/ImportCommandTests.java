package dev.doorstep.history.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.doorstep.DoorstepApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line of {@code doorstep import}: what is refused before Spring (and the
 * database) would start, what is passed on, and the progress bar.
 */
class ImportCommandTests {

	@TempDir
	Path dir;

	@Test
	void withoutAShopItPrintsTheUsageAndStartsNothing() throws Exception {
		Path file = Files.writeString(this.dir.resolve("orders.csv"), "order_number\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int code = ImportCommand.run(new String[] { file.toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8), DoorstepApplication.class);

		assertThat(code).isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--shop <slug> is required")
			.contains("usage: doorstep import")
			.contains("order_number,external_id,placed_at,email,postcode,country,currency,total,sku,name,"
					+ "category,quantity,price,carrier,tracking_number,shipped_at,delivered_at,status");
	}

	@Test
	void anUnreadableFileIsRefusedBeforeSpringStarts() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int code = ImportCommand.run(new String[] { this.dir.resolve("missing.csv").toString(), "--shop", "acme" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
				DoorstepApplication.class);

		assertThat(code).isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("missing.csv");
	}

	@Test
	void readsItsOptionsAndPassesSpringPropertiesOn() {
		ImportCommand.Options options = ImportCommand.Options.parse(new String[] { "--shop=acme", "orders.csv",
				"--dry-run", "--json", "--spring.datasource.hikari.maximum-pool-size=2" }, System.err);

		assertThat(options).isNotNull();
		assertThat(options.file()).isEqualTo(Path.of("orders.csv"));
		assertThat(options.shop()).isEqualTo("acme");
		assertThat(options.dryRun()).isTrue();
		assertThat(options.json()).isTrue();
		assertThat(options.springArgs()).containsExactly("--spring.datasource.hikari.maximum-pool-size=2");
		assertThat(ImportCommand.Options.parse(new String[] { "a.csv", "b.csv", "--shop", "x" },
				new PrintStream(new ByteArrayOutputStream())))
			.isNull();
	}

	@Test
	void theRunSwitchesOffEveryBackgroundJobAndTheWebServer() {
		assertThat(ImportCommand.OFFLINE).contains("--spring.main.web-application-type=none",
				"--doorstep.demo.enabled=false", "--db-scheduler.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--doorstep.carrier.polling.enabled=false", "--doorstep.notification.dispatch-enabled=false",
				"--doorstep.webhook.dispatch-enabled=false");
	}

	@Test
	void theProgressBarFillsWithTheRowsDone() {
		assertThat(ProgressBar.render(0, 200)).isEqualTo("[------------------------------]   0% 0/200 rows");
		assertThat(ProgressBar.render(100, 200)).isEqualTo("[###############---------------]  50% 100/200 rows");
		assertThat(ProgressBar.render(200, 200)).isEqualTo("[##############################] 100% 200/200 rows");
		assertThat(ProgressBar.render(0, 0)).endsWith("100% 0/0 rows");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8));
		bar.rows(3, 3);
		bar.finish();
		assertThat(List.of(err.toString(StandardCharsets.UTF_8).split("\r"))).last()
			.isEqualTo("[##############################] 100% 3/3 rows" + System.lineSeparator());
	}

}
