package dev.doorstep.runtime;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start after {@code kill -9} recovers by itself: the JVM dies, its postgres lives on
 * as an orphan holding the data directory, and the next start must stop it and carry on
 * with the data.
 */
class EmbeddedPostgresRecoveryTests {

	@TempDir
	Path temp;

	@Test
	void startsAgainAfterTheJvmWasKilledAndKeepsTheData() throws Exception {
		Path dir = this.temp.resolve("pg");
		Process first = startChild(dir, 1);
		long orphan = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
		first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("postgres outlives its killed JVM")
			.contains(true);

		Process second = startChild(dir, 2);
		try {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}

		EmbeddedPostgresRecovery.recover(dir);
		try (EmbeddedPostgres postgres = start(dir);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM survivor ORDER BY id")) {
			List<Integer> ids = new ArrayList<>();
			while (rows.next()) {
				ids.add(rows.getInt(1));
			}
			assertThat(ids).containsExactly(1, 2);
		}
	}

	@Test
	void removesAPidFileOfAProcessThatIsGone() throws Exception {
		Path dir = this.temp.resolve("stale");
		try (EmbeddedPostgres postgres = start(dir)) {
			assertThat(postgres.getPort()).isPositive();
		}
		List<String> lines = new ArrayList<>(List.of("4194000", dir.toString(), "0", "5432", "", "", "", ""));
		Files.write(dir.resolve("postmaster.pid"), lines);

		EmbeddedPostgresRecovery.recover(dir);

		assertThat(dir.resolve("postmaster.pid")).doesNotExist();
		try (EmbeddedPostgres postgres = start(dir)) {
			assertThat(postgres.getPort()).isPositive();
		}
	}

	@Test
	void leavesAHealthyStoppedDirectoryAlone() throws Exception {
		Path dir = this.temp.resolve("clean");
		try (EmbeddedPostgres postgres = start(dir)) {
			assertThat(postgres.getPort()).isPositive();
		}
		EmbeddedPostgresRecovery.recover(dir);
		assertThat(dir.resolve("PG_VERSION")).exists();
	}

	private static EmbeddedPostgres start(Path dir) throws java.io.IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static Process startChild(Path dir, int row) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), dir.toString(), Integer.toString(row))
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			if (line.startsWith("READY")) {
				Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> {
				}));
				return process;
			}
		}
		process.destroyForcibly();
		throw new AssertionError("child database did not start");
	}

}
