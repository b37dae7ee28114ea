package dev.doorstep.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.doorstep.support.ChildApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code DOORSTEP_DATABASE_URL} set, Doorstep uses that server: it migrates it and
 * starts no PostgreSQL of its own. The "external" server here is a separate PostgreSQL
 * process the test starts itself; the application runs in a child JVM so the variables
 * are real environment variables.
 */
class ExternalDatabaseTests {

	@TempDir
	Path temp;

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
		Path data = this.temp.resolve("data");
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(this.temp.resolve("external"))
			.setCleanDataDirectory(true)
			.start()) {
			List<String> output = ChildApplication.runUntil(
					List.of("--server.port=0", "--doorstep.shop.bootstrap-shop=", "--doorstep.shop.admin-email="),
					Map.of("DOORSTEP_DATABASE_URL", server.getJdbcUrl("postgres", "postgres"), "DOORSTEP_DATABASE_USER",
							"postgres", "DOORSTEP_DATABASE_PASSWORD", "", "DOORSTEP_DATA_DIR", data.toString(),
							"DOORSTEP_DEMO", "false"),
					line -> line.contains("Started DoorstepApplication"));
			boolean started = output.stream().anyMatch(line -> line.contains("Started DoorstepApplication"));
			assertThat(started).as("application started").isTrue();
			assertThat(Files.exists(data.resolve("postgres"))).as("embedded PostgreSQL data directory").isFalse();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					ResultSet migrations = connection.createStatement()
						.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
				migrations.next();
				assertThat(migrations.getInt(1)).isGreaterThanOrEqualTo(5);
			}
		}
	}

}
