package dev.doorstep.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs in a separate JVM for {@link EmbeddedPostgresRecoveryTests}: starts the embedded
 * database like Doorstep does, writes a row, reports ready and waits to be killed.
 */
public final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		EmbeddedPostgresRecovery.recover(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS survivor (id int PRIMARY KEY)");
			statement.execute("INSERT INTO survivor VALUES (" + args[1] + ") ON CONFLICT DO NOTHING");
		}
		System.out.println("READY " + postgres.getPort());
		System.out.flush();
		Thread.sleep(120_000);
	}

}
