package dev.doorstep.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory startable again after the JVM died without stopping PostgreSQL
 * ({@code kill -9}, power loss). Two leftovers block a start: a {@code postmaster.pid}
 * naming a process that is gone or is no postgres, and an orphaned postgres still serving
 * the directory. The first is removed, the second is asked to shut down fast (it flushes
 * its WAL first).
 */
final class EmbeddedPostgresRecovery {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresRecovery.class);

	private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(20);

	private EmbeddedPostgresRecovery() {
	}

	static void recover(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<Long> pid = readPid(pidFile);
		Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			log.warn("Removing stale postmaster.pid (process {} is gone) left by an unclean stop", pid.orElse(-1L));
			Files.deleteIfExists(pidFile);
			return;
		}
		// An orphan only counts as ours when it serves this directory; a postgres of
		// another data
		// directory that happens to reuse the pid must not be touched.
		if (!servesDirectory(process.get(), dataDir)) {
			log.warn("Removing stale postmaster.pid: pid {} now belongs to another postgres", pid.get());
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an unclean stop", pid.get());
		stopFast(process.get());
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.getFirst().trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
		try {
			String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
				.replace('\0', ' ');
			return cmdline.contains(dataDir.toString());
		}
		catch (IOException ex) {
			// No /proc (macOS): the pid file in our own directory is the best evidence
			// there is.
			return true;
		}
	}

	private static void stopFast(ProcessHandle process) {
		// SIGINT is PostgreSQL's "fast shutdown": roll back open transactions,
		// checkpoint, exit.
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		Instant deadline = Instant.now().plus(ORPHAN_STOP_TIMEOUT);
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}

}
