package dev.doorstep.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.doorstep.support.ChildApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending survives a crash: Doorstep runs as a separate process against a PostgreSQL and
 * a GreenMail of this test, is killed ({@code kill -9}) while it works through a backlog
 * of emails, and started again. Every planned email must arrive, and no more of them
 * twice than were claimed ({@code SENDING}) at the moment of the kill: only a send in
 * flight may repeat.
 */
class NotificationCrashTests {

	private static final int ORDERS = 300;

	private static final String KEY = "dsk_crash_0123456789abcdefghijklmnopqrstuv";

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Duration START = Duration.ofSeconds(120);

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path temp;

	@Test
	void killedMidBatchLosesNothingAndRepeatsAtMostTheClaimedSends() throws Exception {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try (EmbeddedPostgres database = EmbeddedPostgres.builder()
			.setDataDirectory(this.temp.resolve("database"))
			.setCleanDataDirectory(true)
			.start()) {
			Map<String, String> environment = Map.of("DOORSTEP_DATABASE_URL",
					database.getJdbcUrl("postgres", "postgres"), "DOORSTEP_DATABASE_USER", "postgres",
					"DOORSTEP_DATABASE_PASSWORD", "", "DOORSTEP_DATA_DIR", this.temp.resolve("data").toString(),
					"DOORSTEP_DEMO", "false");
			List<String> arguments = List.of("--server.port=0", "--doorstep.shop.bootstrap-shop=crash",
					"--doorstep.shop.bootstrap-api-key=" + KEY, "--doorstep.shop.admin-email=",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
					// Small batches and a short lease, so the restart takes over the
					// killed claims at once instead of after the default 2 minutes.
					"--doorstep.notification.batch-size=25", "--doorstep.notification.lease=2s",
					// The killed instance's dispatch run is taken over once its
					// heartbeats
					// stop (1 min in production).
					"--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4",
					"--logging.level.root=WARN", "--logging.level.dev.doorstep.DoorstepApplication=INFO",
					"--logging.level.org.springframework.boot.tomcat=INFO");

			// 1. A backlog: orders come in while nothing is sent.
			List<String> planning = new ArrayList<>(arguments);
			planning.add("--doorstep.notification.dispatch-enabled=false");
			ChildApplication.Running planner = ChildApplication.start(planning, environment);
			try {
				String base = base(planner);
				createOrders(base);
				awaitCount(database, "SELECT count(*) FROM notification_message", ORDERS);
			}
			finally {
				planner.stop(Duration.ofSeconds(30));
			}

			// 2. Sending starts and the process is killed in the middle of it.
			ChildApplication.Running sender = ChildApplication.start(arguments, environment);
			int sendingAtKill;
			int sentAtKill;
			try {
				// Killed while a batch is claimed: between two rounds (a loaded machine
				// makes those gaps longer) there would be nothing in flight to prove.
				await(() -> smtp.getReceivedMessages().length >= ORDERS / 4
						&& count(database, "SELECT count(*) FROM notification_message WHERE status = 'SENDING'") > 0,
						START, "first sends with a batch in flight");
			}
			finally {
				sender.kill();
			}
			sendingAtKill = count(database, "SELECT count(*) FROM notification_message WHERE status = 'SENDING'");
			sentAtKill = count(database, "SELECT count(*) FROM notification_message WHERE status = 'SENT'");
			int receivedAtKill = smtp.getReceivedMessages().length;
			assertThat(sentAtKill).as("killed while sending, not after").isLessThan(ORDERS);
			assertThat(sendingAtKill).as("messages claimed at the kill").isPositive();

			// 3. Started again, it sends the rest.
			ChildApplication.Running restarted = ChildApplication.start(arguments, environment);
			try {
				awaitCount(database, "SELECT count(*) FROM notification_message WHERE status = 'SENT'", ORDERS);
			}
			catch (AssertionError ex) {
				throw new AssertionError(ex.getMessage() + "\nby status: " + statuses(database) + "\nchild output:\n"
						+ restarted.tail(60), ex);
			}
			finally {
				restarted.stop(Duration.ofSeconds(30));
			}
			assertThat(count(database, "SELECT count(*) FROM notification_message WHERE status NOT IN ('SENT')"))
				.as("messages not sent")
				.isZero();

			Map<String, Integer> received = new HashMap<>();
			for (MimeMessage message : smtp.getReceivedMessages()) {
				received.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
			}
			List<String> missing = new ArrayList<>();
			for (int n = 0; n < ORDERS; n++) {
				if (!received.containsKey(email(n))) {
					missing.add(email(n));
				}
			}
			int duplicates = received.values().stream().mapToInt(times -> times - 1).sum();
			System.out.printf(
					"crash test: received %d at the kill, %d sent and %d claimed (SENDING) then; %d duplicates after the restart%n",
					receivedAtKill, sentAtKill, sendingAtKill, duplicates);
			assertThat(missing).as("planned but never delivered").isEmpty();
			assertThat(received).as("recipients").hasSize(ORDERS);
			assertThat(duplicates).as("delivered twice").isLessThanOrEqualTo(sendingAtKill);
		}
		finally {
			smtp.stop();
		}
	}

	private String base(ChildApplication.Running child) throws InterruptedException {
		Matcher port = PORT.matcher(child.awaitLine(line -> PORT.matcher(line).find(), START));
		assertThat(port.find()).isTrue();
		child.awaitLine(line -> line.contains("Started DoorstepApplication"), START);
		return "http://127.0.0.1:" + port.group(1);
	}

	private void createOrders(String base) throws Exception {
		// The bootstrap shop and its key are made just after the start: wait for the key.
		await(() -> {
			HttpResponse<String> first = post(base, 0);
			return first.statusCode() == 201;
		}, Duration.ofSeconds(60), "the API key");
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int n = 1; n < ORDERS; n++) {
				int order = n;
				answers.add(pool.submit(() -> post(base, order).statusCode()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(201);
			}
		}
	}

	private HttpResponse<String> post(String base, int n) throws Exception {
		String order = """
				{"externalId":"crash-%d","orderNumber":"C-%d","placedAt":"%s","currency":"EUR","locale":"en",
				 "customer":{"email":"%s","firstName":"Kim","lastName":"Crash"},
				 "shippingAddress":{"line1":"Teststraße 1","postcode":"10115","city":"Berlin","country":"DE"},
				 "items":[{"sku":"SKU-1","name":"Rain jacket","category":"apparel","variant":"M","quantity":1,"unitPrice":129.00}],
				 "total":129.00}"""
			.formatted(n, n, Instant.now().minusSeconds(60), email(n));
		return this.http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
			.header("Authorization", "Bearer " + KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(order))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String email(int n) {
		return "crash" + n + "@example.com";
	}

	private static void awaitCount(EmbeddedPostgres database, String sql, int expected) throws Exception {
		await(() -> count(database, sql) >= expected, Duration.ofSeconds(90), sql + " = " + expected);
	}

	private static String statuses(EmbeddedPostgres database) throws SQLException {
		StringBuilder statuses = new StringBuilder();
		try (Connection connection = database.getPostgresDatabase().getConnection();
				ResultSet result = connection.createStatement()
					.executeQuery(
							"SELECT status, count(*), max(last_error) FROM notification_message GROUP BY status")) {
			while (result.next()) {
				statuses.append(result.getString(1))
					.append('=')
					.append(result.getInt(2))
					.append(" (")
					.append(result.getString(3))
					.append(") ");
			}
		}
		return statuses.toString();
	}

	private static int count(EmbeddedPostgres database, String sql) throws SQLException {
		try (Connection connection = database.getPostgresDatabase().getConnection();
				ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void await(Check check, Duration timeout, String what) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!check.done()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(50);
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean done() throws Exception;

	}

}
