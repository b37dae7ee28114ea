package dev.doorstep.delivery.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCommandsTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void backtestsAGeneratedHistoryAndReportsMalformedRows() throws IOException {
		Path csv = this.dir.resolve("history.csv");
		assertThat(run("generate", "--rows", "6000", "--seed", "7", "--malformed", "0", "--out", csv.toString()))
			.isZero();
		Files.writeString(csv, """
				not-a-time,2025-03-06T10:00:00Z,dhl,,DE,10115,DE,80331,
				2025-03-05T10:00:00Z,2025-03-04T10:00:00Z,dhl,,DE,10115,DE,80331,
				2025-03-05T10:00:00Z
				""", StandardOpenOption.APPEND);

		assertThat(run("backtest", csv.toString())).isZero();

		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("n_train").asInt()).isEqualTo(4800);
		assertThat(json.get("n_test").asInt()).isEqualTo(1200);
		assertThat(json.get("malformed_rows").asInt()).isEqualTo(3);
		assertThat(json.get("malformed_lines").toString()).isEqualTo("[6002,6003,6004]");
		assertThat(json.get("malformed_reasons").get("delivered before shipped").asInt()).isEqualTo(1);
		assertThat(json.get("window_coverage").asDouble()).isBetween(0.8, 1.0);
		assertThat(json.get("late_rate").asDouble()).isLessThan(0.12);
		assertThat(json.get("mae_days").asDouble()).isLessThan(2.0);
		assertThat(json.get("mean_window_days").asDouble()).isBetween(1.0, 6.0);
		assertThat(json.get("n_promised").asInt()).isPositive();
		assertThat(json.get("promise_late_rate").asDouble()).isBetween(0.0, 1.0);
		assertThat(json.get("promise_mean_slack_days").isNumber()).isTrue();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("100% predicting 6000/6000");
	}

	@Test
	void reportsNoPromiseFiguresWhenNoRowHasAPromise() throws IOException {
		Path csv = this.dir.resolve("history.csv");
		Files.writeString(csv, HistoryCsv.HEADER + "\n" + """
				2025-03-03T10:00:00+01:00,2025-03-04T12:00:00+01:00,dhl,,DE,10115,DE,80331,
				2025-03-04T10:00:00,2025-03-05,dhl,,DE,10115,DE,80331,
				2025-03-05T10:00:00Z,2025-03-07T12:00:00Z,dhl,,DE,10115,DE,80331,
				2025-03-06T10:00:00Z,2025-03-07T12:00:00Z,dhl,,DE,10115,DE,80331,
				2025-03-07T10:00:00Z,2025-03-10T12:00:00Z,dhl,,DE,10115,DE,80331,
				""");
		assertThat(run("backtest", csv.toString())).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("n_train").asInt()).isEqualTo(4);
		assertThat(json.get("n_test").asInt()).isEqualTo(1);
		assertThat(json.get("malformed_rows").asInt()).isZero();
		assertThat(json.get("promise_late_rate").isNull()).isTrue();
		assertThat(json.get("basis").get("SHOP_DEFAULT").asInt()).as("4 deliveries are too few for history")
			.isEqualTo(1);
	}

	@Test
	void refusesAFileWithoutTheHeader() throws IOException {
		Path csv = this.dir.resolve("history.csv");
		Files.writeString(csv, "shipped,delivered\n2025-03-03,2025-03-04\n");
		assertThat(run("backtest", csv.toString())).isEqualTo(DeliveryCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("needs the header " + HistoryCsv.HEADER);
		assertThat(run("backtest", this.dir.resolve("missing.csv").toString())).isEqualTo(DeliveryCommands.USAGE);
		assertThat(run("backtest")).isEqualTo(DeliveryCommands.USAGE);
		assertThat(run("backtest", "--coverage", "2", csv.toString())).isEqualTo(DeliveryCommands.USAGE);
	}

	@Test
	void generatesTheSameHistoryForTheSameSeed() throws IOException {
		Path first = this.dir.resolve("a.csv");
		Path second = this.dir.resolve("b.csv");
		assertThat(run("generate", "--rows", "500", "--seed", "3", "--out", first.toString())).isZero();
		assertThat(run("generate", "--rows", "500", "--seed", "3", "--out", second.toString())).isZero();
		assertThat(Files.readString(first)).isEqualTo(Files.readString(second)).startsWith(HistoryCsv.HEADER);
		assertThat(Files.readAllLines(first)).hasSize(501);
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return DeliveryCommands.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
