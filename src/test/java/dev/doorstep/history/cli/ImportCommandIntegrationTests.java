package dev.doorstep.history.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.doorstep.DoorstepApplication;
import dev.doorstep.history.HistoryImport;
import dev.doorstep.order.Orders;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar doorstep.jar import} as a merchant runs it: a separate JVM on the main
 * class path against the database the test application uses (as a second process would
 * use the server's), the JSON summary alone on stdout and the progress bar on stderr.
 */
@DoorstepIntegrationTest
class ImportCommandIntegrationTests {

	@TempDir
	Path dir;

	@Autowired
	TestShops shops;

	@Autowired
	DataSource dataSource;

	@Autowired
	Orders orders;

	@Test
	void importsAFileIntoTheShopAndPrintsTheSummaryAsJson() throws Exception {
		TestShops.TestShop shop = this.shops.create("Cli Import");
		Path file = Files
			.writeString(this.dir.resolve("orders.csv"), String.join("\n", String.join(",", HistoryImport.COLUMNS),
					"C-1,cli-1,2025-06-01T10:00:00Z,anna@example.com,10115,DE,EUR,20.00,PEN-1,Pen,office,2,10.00,dhl,"
							+ "CLI0001,2025-06-02T08:00:00Z,2025-06-03T12:00:00Z,DELIVERED",
					"C-2,cli-2,2025-06-01,ben@example.com,10115,DE,EUR,5.00,INK-1,Ink,office,0,5.00,,,,,"));
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);

		Process process = start(List.of("import", file.toString(), "--shop", shop.shop().slug(), "--json"),
				hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		Path out = this.dir.resolve("stdout");
		Path err = this.dir.resolve("stderr");
		boolean exited = process.waitFor(150, TimeUnit.SECONDS);
		if (!exited) {
			process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		}
		String stdout = Files.readString(out, StandardCharsets.UTF_8);
		String stderr = Files.readString(err, StandardCharsets.UTF_8);

		assertThat(exited).as(stderr).isTrue();
		assertThat(process.exitValue()).as(stderr).isEqualTo(ImportCommand.REJECTED_ROWS);
		JsonNode summary = JsonMapper.builder().build().readTree(stdout);
		assertThat(summary.get("rowsRead").asInt()).isEqualTo(2);
		assertThat(summary.get("ordersCreated").asInt()).isEqualTo(1);
		assertThat(summary.get("shipmentsCreated").asInt()).isEqualTo(1);
		assertThat(summary.get("deliveriesLearned").asInt()).isEqualTo(1);
		assertThat(summary.at("/rejected/0/line").asInt()).isEqualTo(3);
		assertThat(summary.at("/rejected/0/column").asString()).isEqualTo("quantity");
		assertThat(stderr).contains("100% 2/2 rows").doesNotContain("Tomcat");
		assertThat(this.orders.findByExternalId(shop.shop().id(), "cli-1")).isPresent();
	}

	private Process start(List<String> arguments, String url, String user, String password) throws Exception {
		String mainClassPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-XX:TieredStopAtLevel=1", "-cp", mainClassPath, DoorstepApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(this.dir.resolve("stdout").toFile())
			.redirectError(this.dir.resolve("stderr").toFile());
		builder.environment().put("DOORSTEP_DATABASE_URL", url);
		builder.environment().put("DOORSTEP_DATABASE_USER", user == null ? "" : user);
		builder.environment().put("DOORSTEP_DATABASE_PASSWORD", password == null ? "" : password);
		builder.environment().put("DOORSTEP_DATA_DIR", this.dir.resolve("data").toString());
		return builder.start();
	}

}
