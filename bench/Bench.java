import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doorstep's benchmarks, as one source file that needs only a JDK (run by
 * bench/run-ingest.sh, bench/run-page.sh and bench/run-push.sh against a running server):
 *
 * <p>{@code ingest}: carrier events end to end through {@code POST /api/v1/shipments/{id}/events}.
 * A 200 answer means the events are committed and the status recomputed, so events/s is
 * durable throughput. Options: {@code --shipments 2000} parcels, {@code --batch 100} events
 * per request (one parcel per request, as the API takes them), {@code --requests 2} requests
 * per parcel (the last carries OUT_FOR_DELIVERY and DELIVERED), {@code --concurrency 4}
 * client threads.
 *
 * <p>{@code page}: the public tracking page under an open-model load. Requests leave at a
 * fixed rate whether or not earlier ones have answered, and each latency counts from the
 * moment its request was due, so a stalled server cannot hide its queue (no coordinated
 * omission). Options: {@code --rate 1000} requests/s, {@code --seconds 30} measured after
 * {@code --warmup 10}, {@code --parcels 400} pages (two parcels per order), {@code --connections 64} keep-alive
 * connections.
 *
 * <p>{@code push}: AfterShip tracking webhooks through {@code POST /hooks/carriers/aftership/bench},
 * signed as AfterShip signs them. Two deliveries per parcel (in transit with two checkpoints,
 * then delivered with three, one of them repeated), all first deliveries before the second
 * ones. A 202 means the delivery is stored; the server applies it to the timeline later
 * (db-scheduler task {@code push-inbox}), so the run measures both: accept latency and
 * requests/s, and the time until every parcel's timeline is complete. Options:
 * {@code --shipments 2000} parcels, {@code --concurrency 4} client threads (closed loop),
 * {@code --rate 0} requests/s (above 0: open model, latency from the intended send time),
 * {@code --replays 5} percent of deliveries sent again (must answer 200, duplicate),
 * {@code --bad 20} requests with a wrong signature (must answer 401), {@code --timeout 600}
 * seconds to wait for the work-off.
 *
 * <p>{@code notify}: notification emails rendered and handed to SMTP. {@code notify plan}
 * creates {@code --orders 20000} orders (each plans one order-confirmation email) while the
 * server's dispatch is off and waits until all are planned; the script then restarts the
 * server with dispatch on, and {@code notify drain} waits until the SMTP sink has received
 * them all, printing messages/s from the first to the last received and the server's render
 * and send percentiles. Options: {@code --orders 20000}, {@code --concurrency 4},
 * {@code --smtp-port 2525} (the sink), {@code --timeout 300} seconds.
 *
 * <p>{@code smtp-sink}: a minimal SMTP server (the script starts it in the background) that
 * answers every command, counts messages and throws their bodies away, so the benchmark
 * measures Doorstep and not a mail server. {@code --port 2525}. Besides SMTP it answers
 * {@code XSTAT} with {@code 250 <messages> <first epoch µs> <last epoch µs>} and
 * {@code XRESET} by forgetting the counts.
 */
public class Bench {

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	static String base = "http://127.0.0.1:8080";

	static String key = "";

	public static void main(String[] args) throws Exception {
		String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
		switch (args.length == 0 ? "" : args[0]) {
			case "ingest" -> ingest(rest);
			case "page" -> page(rest);
			case "push" -> push(rest);
			case "notify" -> notify(rest);
			case "smtp-sink" -> smtpSink(rest);
			default -> throw new IllegalArgumentException(
					"usage: Bench ingest|page|push|notify|smtp-sink [--option value ...]");
		}
	}

	static void ingest(String[] args) throws Exception {
		int shipments = 2000, batch = 100, requestsPerShipment = 2, concurrency = 4;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--key" -> key = args[i + 1];
				case "--shipments" -> shipments = Integer.parseInt(args[i + 1]);
				case "--batch" -> batch = Integer.parseInt(args[i + 1]);
				case "--requests" -> requestsPerShipment = Integer.parseInt(args[i + 1]);
				case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		String run = Long.toString(System.currentTimeMillis(), 36);
		System.out.printf("== setup: %d orders with one parcel each%n", shipments + 200);
		List<String> warmup = createParcels(run + "w", 200, concurrency);
		List<String> ids = createParcels(run, shipments, concurrency);

		System.out.println("== warm-up: 200 parcels");
		ingestRun(warmup, batch, requestsPerShipment, concurrency);
		System.out.printf("== measured: %d parcels x %d requests x %d events, %d client threads%n", shipments,
				requestsPerShipment, batch, concurrency);
		IngestResult result = ingestRun(ids, batch, requestsPerShipment, concurrency);
		long events = (long) shipments * requestsPerShipment * batch;
		double seconds = result.nanos / 1e9;
		long[] lat = result.latencies;
		Arrays.sort(lat);
		System.out.printf("events: %d in %.2f s = %,.0f events/s (%,.0f requests/s), errors: %d%n", events, seconds,
				events / seconds, lat.length / seconds, result.errors);
		System.out.printf("request latency (accepted and committed): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[lat.length - 1] / 1e6);
		verify(ids, requestsPerShipment * batch);
	}

	record IngestResult(long nanos, long[] latencies, long errors) {
	}

	static IngestResult ingestRun(List<String> ids, int batch, int requestsPerShipment, int concurrency) throws Exception {
		ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(ids);
		AtomicLong errors = new AtomicLong();
		Instant base = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<long[]>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < concurrency; t++) {
			futures.add(pool.submit(() -> {
				long[] mine = new long[ids.size() * requestsPerShipment];
				int n = 0;
				String id;
				while ((id = queue.poll()) != null) {
					// Newest batch first: carriers resend and deliver late, the server must cope.
					for (int r = requestsPerShipment - 1; r >= 0; r--) {
						String body = events(id, base, r, batch, r == requestsPerShipment - 1);
						long t0 = System.nanoTime();
						HttpResponse<String> response = post("/api/v1/shipments/" + id + "/events", body);
						mine[n++] = System.nanoTime() - t0;
						if (response.statusCode() != 200) {
							if (errors.incrementAndGet() < 5) {
								System.err.println(response.statusCode() + " " + response.body());
							}
						}
					}
				}
				return Arrays.copyOf(mine, n);
			}));
		}
		List<long[]> parts = new ArrayList<>();
		for (Future<long[]> future : futures) {
			parts.add(future.get());
		}
		long nanos = System.nanoTime() - start;
		pool.shutdown();
		long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
		return new IngestResult(nanos, all, errors.get());
	}

	static String events(String shipment, Instant base, int request, int batch, boolean last) {
		String[] cities = { "Leipzig", "Hamburg", "Köln", "München", "Berlin", "Frankfurt am Main" };
		StringBuilder json = new StringBuilder(batch * 260).append("{\"events\":[");
		for (int i = 0; i < batch; i++) {
			int seq = request * batch + i;
			String status = "IN_TRANSIT";
			String sub = "IN_TRANSIT_ARRIVED_AT_HUB";
			if (last && i == batch - 2) {
				status = "OUT_FOR_DELIVERY";
				sub = "OUT_FOR_DELIVERY_ON_VEHICLE";
			}
			else if (last && i == batch - 1) {
				status = "DELIVERED";
				sub = "DELIVERED_RECIPIENT";
			}
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"occurredAt\":\"")
				.append(base.plusSeconds(seq * 60L))
				.append("\",\"status\":\"")
				.append(status)
				.append("\",\"subStatus\":\"")
				.append(sub)
				.append("\",\"description\":\"Die Sendung wurde im Paketzentrum bearbeitet\",")
				.append("\"location\":{\"city\":\"")
				.append(cities[seq % cities.length])
				.append("\",\"postcode\":\"0410")
				.append(seq % 10)
				.append("\",\"country\":\"DE\"},\"externalId\":\"")
				.append(shipment, 0, 8)
				.append('-')
				.append(seq)
				.append("\"}");
		}
		return json.append("]}").toString();
	}

	static List<String> createParcels(String run, int count, int concurrency) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(pool.submit(() -> createParcel(run, n)));
		}
		List<String> ids = new ArrayList<>();
		for (Future<String> future : futures) {
			ids.add(future.get());
		}
		pool.shutdown();
		return ids;
	}

	static String trackingNumber(String run, int n) {
		return "JJD%s%08d".formatted(run.toUpperCase(), n);
	}

	static String createParcel(String run, int n) throws Exception {
		String order = """
				{"externalId":"bench-%s-%d","orderNumber":"B-%s-%d","placedAt":"%s","currency":"EUR","locale":"de",
				 "customer":{"email":"bench%d@example.com","firstName":"Bench","lastName":"Shopper"},
				 "shippingAddress":{"line1":"Teststraße 1","postcode":"10115","city":"Berlin","country":"DE"},
				 "items":[{"sku":"SKU-1","name":"Rain jacket","category":"apparel","variant":"M","quantity":1,"unitPrice":129.00}],
				 "total":129.00}""".formatted(run, n, run, n, Instant.now().minus(12, ChronoUnit.DAYS), n);
		String orderId = match(ID, post("/api/v1/orders", order));
		String shipment = """
				{"carrier":"dhl","trackingNumber":"%s","service":"Paket","items":[{"sku":"SKU-1","quantity":1}],
				 "shippedAt":"%s","origin":{"postcode":"04109","country":"DE"}}""".formatted(trackingNumber(run, n),
				Instant.now().minus(11, ChronoUnit.DAYS));
		return match(ID, post("/api/v1/orders/" + orderId + "/shipments", shipment));
	}

	static void verify(List<String> ids, int expectedEvents) throws Exception {
		int checked = 0;
		for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 20)) {
			String body = get("/api/v1/shipments/" + ids.get(i)).body();
			int count = body.split("\"occurredAt\"", -1).length - 1;
			if (count != expectedEvents || !body.contains("\"status\":\"DELIVERED\"")) {
				throw new IllegalStateException("parcel " + ids.get(i) + " has " + count + " events, expected "
						+ expectedEvents + " and DELIVERED");
			}
			checked++;
		}
		System.out.printf("verified: %d sampled parcels hold all %d events and status DELIVERED%n", checked,
				expectedEvents);
	}

	

	
	static HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static final Pattern TOTAL = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)");

	static final String SECRET = "bench-aftership-webhook-secret";

	/** Checkpoints a parcel's deliveries carry: the second repeats the first's last one. */
	static final int CHECKPOINTS_PER_PARCEL = 5, EVENTS_PER_PARCEL = 4, DELIVERIES_PER_PARCEL = 2;

	static void push(String[] args) throws Exception {
		int shipments = 2000, warmup = 200, concurrency = 4, rate = 0, replayPercent = 5, bad = 20, timeout = 600;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--key" -> key = args[i + 1];
				case "--shipments" -> shipments = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
				case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
				case "--rate" -> rate = Integer.parseInt(args[i + 1]);
				case "--replays" -> replayPercent = Integer.parseInt(args[i + 1]);
				case "--bad" -> bad = Integer.parseInt(args[i + 1]);
				case "--timeout" -> timeout = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		String run = Long.toString(System.currentTimeMillis(), 36);
		System.out.printf("== setup: %d orders with one DHL parcel each, AfterShip webhook secret%n", shipments + warmup);
		List<String> warmIds = createParcels(run + "w", warmup, 4);
		List<String> ids = createParcels(run, shipments, 4);
		HttpResponse<String> account = send("PUT", "/api/v1/carrier-accounts/aftership",
				"{\"webhookSecret\":\"" + SECRET + "\"}");
		if (account.statusCode() != 200) {
			throw new IllegalStateException("carrier account: " + account.statusCode() + " " + account.body());
		}
		List<String> warmNumbers = new ArrayList<>(), numbers = new ArrayList<>();
		for (int n = 0; n < warmup; n++) {
			warmNumbers.add(trackingNumber(run + "w", n));
		}
		for (int n = 0; n < shipments; n++) {
			numbers.add(trackingNumber(run, n));
		}

		System.out.printf("== warm-up: %d parcels, waiting until their deliveries are applied%n", warmup);
		PushRun warm = pushRun(run + "w", warmNumbers, concurrency, 0, 0, 0);
		waitApplied(warm.start, 0, warmup, timeout);

		System.out.printf("== measured: %d parcels x %d deliveries (%d checkpoints each parcel), %s, %d%% replays, %d bad signatures%n",
				shipments, DELIVERIES_PER_PARCEL, CHECKPOINTS_PER_PARCEL,
				rate > 0 ? rate + " requests/s (open model), " + concurrency + " connections"
						: concurrency + " client threads (closed loop)",
				replayPercent, bad);
		// The work-off runs while the webhooks come in: watch it from the first request on.
		long first = System.nanoTime();
		int warmed = warmup, parcels = shipments, limit = timeout;
		ExecutorService watcher = Executors.newSingleThreadExecutor();
		Future<Applied> watched = watcher.submit(() -> waitApplied(first, warmed, parcels, limit));
		PushRun result = pushRun(run, numbers, concurrency, rate, replayPercent, bad);
		int appliedAtEnd = count("IN_TRANSIT") + 2 * (count("DELIVERED") - warmup);
		long[] lat = result.latencies;
		Arrays.sort(lat);
		double sendSeconds = (result.end - result.start) / 1e9;
		System.out.printf("accepted: %d deliveries in %.2f s = %,.0f requests/s; not 202: %d%n", lat.length,
				sendSeconds, lat.length / sendSeconds, result.errors);
		System.out.printf("accept latency (202, stored): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[lat.length - 1] / 1e6);
		long[] replayLat = result.replayLatencies;
		Arrays.sort(replayLat);
		System.out.printf("replays: %d answered 200 duplicate, %d otherwise%s; bad signatures: %d answered 401, %d otherwise%n",
				result.replaysOk, result.replaysWrong,
				replayLat.length == 0 ? "" : " (p50 %.2f ms, p99 %.2f ms)".formatted(pct(replayLat, 50), pct(replayLat, 99)),
				result.badOk, result.badWrong);
		Applied applied = watched.get();
		watcher.shutdown();
		double applySeconds = (applied.at - first) / 1e9;
		long deliveries = (long) shipments * DELIVERIES_PER_PARCEL;
		System.out.println("applied deliveries, by second after the first request:" + applied.progress);
		System.out.printf("applied: all %d deliveries %.2f s after the first request (%.2f s after the last) = %,.0f deliveries/s, %,.0f checkpoints/s (%,.0f events/s stored)%n",
				deliveries, applySeconds, (applied.at - result.end) / 1e9, deliveries / applySeconds,
				shipments * CHECKPOINTS_PER_PARCEL / applySeconds, shipments * EVENTS_PER_PARCEL / applySeconds);
		System.out.printf("after the last request: %d deliveries left, applied in %.2f s = %,.0f deliveries/s%n",
				deliveries - appliedAtEnd, (applied.at - result.end) / 1e9,
				(deliveries - appliedAtEnd) / ((applied.at - result.end) / 1e9));
		System.out.printf("work-off busy (progress seen between two 100 ms samples) %.1f s of %.1f s = %,.0f deliveries/s while it runs%n",
				applied.busyNanos / 1e9, applySeconds, deliveries / (applied.busyNanos / 1e9));
		verify(ids, EVENTS_PER_PARCEL);
		if (result.errors > 0 || result.replaysWrong > 0 || result.badWrong > 0) {
			throw new IllegalStateException("unexpected answers: " + result.errors + " deliveries not 202, "
					+ result.replaysWrong + " replays not 200 duplicate, " + result.badWrong
					+ " bad signatures not 401");
		}
	}

	record PushRun(long start, long end, long[] latencies, long[] replayLatencies, long errors, long replaysOk,
			long replaysWrong, long badOk, long badWrong) {
	}

	/**
	 * Request i &lt; n is parcel i's first delivery, request n + i its second, so a parcel's
	 * deliveries arrive in order and all first ones are in before the second ones.
	 */
	static PushRun pushRun(String run, List<String> numbers, int threads, int rate, int replayPercent, int bad)
			throws Exception {
		int n = numbers.size(), total = n * DELIVERIES_PER_PARCEL;
		Instant placed = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		int replayEvery = replayPercent > 0 ? Math.max(1, 100 / replayPercent) : 0;
		int badEvery = bad > 0 ? Math.max(1, total / bad) : 0;
		long[] latencies = new long[total];
		ConcurrentLinkedQueue<Long> replayLatencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong(), replaysOk = new AtomicLong(), replaysWrong = new AtomicLong(),
				badOk = new AtomicLong(), badWrong = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		long interval = rate > 0 ? 1_000_000_000L / rate : 0;
		long start = System.nanoTime();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < threads; w++) {
				workers.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < total) {
						byte[] body = aftership(run + "-" + i, numbers.get(i % n), placed, i >= n);
						String signature = sign(body, SECRET);
						if (badEvery > 0 && i % badEvery == badEvery / 2) {
							// Same body, wrong secret: must be refused and store nothing (the real one
							// that follows would otherwise be a duplicate).
							int status = hook(body, sign(body, "not-" + SECRET)).statusCode();
							(status == 401 ? badOk : badWrong).incrementAndGet();
						}
						long due = rate > 0 ? start + i * interval : System.nanoTime();
						if (rate > 0 && due > System.nanoTime()) {
							LockSupport.parkNanos(due - System.nanoTime());
						}
						HttpResponse<String> answer = hook(body, signature);
						latencies[i] = System.nanoTime() - due;
						if (answer.statusCode() != 202 && errors.incrementAndGet() < 5) {
							System.err.println(answer.statusCode() + " " + answer.body());
						}
						if (replayEvery > 0 && i % replayEvery == 0) {
							long t0 = System.nanoTime();
							HttpResponse<String> replay = hook(body, signature);
							replayLatencies.add(System.nanoTime() - t0);
							boolean duplicate = replay.statusCode() == 200
									&& replay.body().replace(" ", "").contains("\"duplicate\":true");
							(duplicate ? replaysOk : replaysWrong).incrementAndGet();
						}
					}
					return null;
				});
			}
		}
		long end = System.nanoTime();
		return new PushRun(start, end, latencies, replayLatencies.stream().mapToLong(Long::longValue).toArray(),
				errors.get(), replaysOk.get(), replaysWrong.get(), badOk.get(), badWrong.get());
	}

	record Applied(long at, long busyNanos, String progress) {
	}

	/**
	 * Samples the status counts every 100 ms until every parcel is DELIVERED. Deliveries are
	 * applied in the order received and all first deliveries came first, so applied =
	 * IN_TRANSIT + 2 x DELIVERED (parcels pushed before this run are DELIVERED already and
	 * subtracted). Time between two samples with progress counts as busy.
	 */
	static Applied waitApplied(long start, int before, int parcels, int timeoutSeconds) throws Exception {
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		long nextSecond = start, previousAt = start, busy = 0;
		int previous = 0;
		StringBuilder progress = new StringBuilder();
		while (System.nanoTime() < deadline) {
			int delivered = count("DELIVERED") - before;
			int applied = count("IN_TRANSIT") + 2 * delivered;
			long now = System.nanoTime();
			if (applied > previous) {
				busy += now - previousAt;
			}
			previous = applied;
			previousAt = now;
			if (delivered >= parcels) {
				return new Applied(now, busy, progress.toString());
			}
			if (now >= nextSecond) {
				progress.append(String.format(" %.0fs:%d", (now - start) / 1e9, applied));
				nextSecond += 1_000_000_000L;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("deliveries not applied within " + timeoutSeconds + " s");
	}

	static int count(String status) throws Exception {
		return Integer.parseInt(match(TOTAL, get("/api/v1/shipments?status=" + status + "&size=1")));
	}

	/** AfterShip's tracking_update, as PushIntegrationTests and the fixtures have it. */
	static byte[] aftership(String eventId, String trackingNumber, Instant placed, boolean second) {
		String[][] checkpoints = {
				{ "Leipzig", "04109", "InTransit", "InTransit_002", "Acceptance scan",
						"The shipment has been processed in the parcel center of origin" },
				{ "Radefeld", "04435", "InTransit", "InTransit_003", "Arrival scan",
						"The shipment has been processed in the parcel center" },
				{ "Berlin", "10115", "OutForDelivery", "OutForDelivery_001", "Out for delivery",
						"The shipment has been loaded onto the delivery vehicle" },
				{ "Berlin", "10115", "Delivered", "Delivered_001", "Delivered",
						"The shipment has been delivered to the recipient" } };
		int[] hours = { 5, 13, 26, 29 };
		int from = second ? 1 : 0, to = second ? 4 : 2;
		StringBuilder list = new StringBuilder();
		for (int c = from; c < to; c++) {
			String[] cp = checkpoints[c];
			Instant at = placed.plus(hours[c], ChronoUnit.HOURS);
			list.append(c == from ? "" : ",").append("""
					{"slug": "dhl", "city": "%s", "created_at": "%s", "location": "%s, DE", "country_name": "Germany",
					 "message": "%s", "country_iso3": "DEU", "tag": "%s", "subtag": "%s", "subtag_message": "%s",
					 "checkpoint_time": "%s", "coordinates": [], "state": null, "zip": "%s", "raw_tag": "%s"}"""
				.formatted(cp[0], at.plusSeconds(300), cp[0], cp[5], cp[2], cp[3], cp[4],
						at.atOffset(java.time.ZoneOffset.ofHours(1)), cp[1], cp[2].toLowerCase()));
		}
		String[] last = checkpoints[to - 1];
		String json = """
				{"event": "tracking_update", "event_id": "%s", "is_tracking_first_tag": %s,
				 "msg": {"id": "%s", "tracking_number": "%s", "slug": "dhl", "tag": "%s", "subtag": "%s",
				   "subtag_message": "%s", "signed_by": null, "expected_delivery": null,
				   "checkpoints": [%s]},
				 "ts": %d}
				""".formatted(eventId, !second, trackingNumber.toLowerCase(), trackingNumber, last[2], last[3], last[4], list,
				Instant.now().getEpochSecond());
		return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static String sign(byte[] body, String secret) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"HmacSHA256"));
			return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> hook(byte[] body, String signature) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/hooks/carriers/aftership/bench"))
			.header("Content-Type", "application/json")
			.header("aftership-hmac-sha256", signature)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> send(String method, String path, String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static final Pattern TRACKING_URL = Pattern.compile("\"trackingUrl\"\\s*:\\s*\"([^\"]+)\"");

	static void page(String[] args) throws Exception {
		int rate = 1000, seconds = 30, warmup = 30, parcels = 400, connections = 64;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--key" -> key = args[i + 1];
				case "--rate" -> rate = Integer.parseInt(args[i + 1]);
				case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
				case "--parcels" -> parcels = Integer.parseInt(args[i + 1]);
				case "--connections" -> connections = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		System.out.printf("== setup: %d orders, %d parcels with 8 events each%n", parcels / 2, parcels);
		List<String> pages = setup(parcels / 2);
		HttpResponse<byte[]> sample = fetch(pages.get(0), "de");
		if (sample.statusCode() != 200) {
			throw new IllegalStateException("tracking page answered " + sample.statusCode() + ", not 200");
		}
		System.out.printf("page: %s -> %d, %d bytes transferred (gzip), %s%n", pages.get(0).replaceAll("/t/.*", "/t/…"),
				sample.statusCode(), sample.body().length,
				sample.headers().firstValue("Content-Encoding").orElse("identity"));

		// Setting up 400 parcels sets off thousands of asynchronous reactions (delivery
		// windows, journeys, insights, webhooks); they are the setup's cost, not the
		// page's, so the run starts once the server has gone quiet.
		settle();
		System.out.printf("== warm-up: %d s at %d requests/s%n", warmup, rate);
		pageRun(pages, rate, warmup, connections);
		System.out.printf("== measured: %d s at %d requests/s (open model, latency from the intended send time)%n",
				seconds, rate);
		String serverBefore = get("/actuator/prometheus").body();
		PageRun result = pageRun(pages, rate, seconds, connections);
		String serverAfter = get("/actuator/prometheus").body();
		long[] lat = result.latencies;
		Arrays.sort(lat);
		System.out.printf("requests: %d in %.2f s = %,.0f requests/s, non-200: %d, failed: %d, bytes/page: %.0f%n",
				lat.length, result.nanos / 1e9, lat.length / (result.nanos / 1e9), result.non200, result.failed,
				(double) result.bytes / Math.max(1, lat.length));
		System.out.printf("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n", pct(lat, 50),
				pct(lat, 90), pct(lat, 99), pct(lat, 99.9), lat[lat.length - 1] / 1e6);
		// The server's own percentiles would mix in setup and warm-up: the difference of
		// its histogram's bucket counts covers the measured seconds only.
		String timer = "http_server_requests_seconds";
		String page = "uri=\"/t/{token}\"";
		System.out.println("server, measured seconds only: " + percentiles(
				difference(buckets(serverAfter, timer, page), buckets(serverBefore, timer, page))));
	}

	/**
	 * Waits (at most 3 minutes) until the server's process CPU stays below 10 % of one
	 * core for three seconds in a row, as its actuator reports it.
	 */
	static void settle() throws Exception {
		long started = System.nanoTime();
		int quiet = 0;
		while (quiet < 3 && System.nanoTime() - started < 180_000_000_000L) {
			Thread.sleep(1000);
			HttpResponse<String> cpu = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/process.cpu.usage")).build(),
						HttpResponse.BodyHandlers.ofString());
			Matcher value = Pattern.compile("\"value\":([0-9.Ee+-]+)")
				.matcher(cpu.body());
			double share = value.find() ? Double.parseDouble(value.group(1)) * Runtime.getRuntime().availableProcessors()
					: 0;
			quiet = (share < 0.10) ? quiet + 1 : 0;
		}
		System.out.printf("== server quiet after setup: %.0f s%n", (System.nanoTime() - started) / 1e9);
	}

	record PageRun(long nanos, long[] latencies, long non200, long failed, long bytes) {
	}

	static PageRun pageRun(List<String> pages, int rate, int seconds, int connections) throws Exception {
		int total = rate * seconds;
		long[] latencies = new long[total];
		AtomicLong non200 = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime();
		// A fixed set of keep-alive connections, like a browser fleet behind a proxy; a request
		// that waits for a free connection is late, and that wait counts in its latency.
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < connections; w++) {
				workers.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < total) {
						long due = start + i * interval;
						long wait = due - System.nanoTime();
						if (wait > 0) {
							LockSupport.parkNanos(wait);
						}
						HttpRequest request = HttpRequest.newBuilder(URI.create(pages.get(i % pages.size())))
							.header("Accept-Encoding", "gzip")
							.header("Accept-Language", i % 2 == 0 ? "de-DE,de;q=0.9" : "en-GB,en;q=0.8")
							.timeout(Duration.ofSeconds(10))
							.build();
						try {
							HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
							bytes.addAndGet(response.body().length);
							if (response.statusCode() != 200) {
								non200.incrementAndGet();
							}
						}
						catch (Exception ex) {
							if (failed.incrementAndGet() == 1) {
								System.err.println("first failure: " + ex);
							}
						}
						latencies[i] = System.nanoTime() - due;
					}
					return null;
				});
			}
		}
		long nanos = System.nanoTime() - start;
		return new PageRun(nanos, latencies, non200.get(), failed.get(), bytes.get());
	}

	static List<String> setup(int orders) throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<String> pages = new ArrayList<>();
		Instant placed = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		for (int n = 0; n < orders; n++) {
			String order = """
					{"externalId":"page-%s-%d","orderNumber":"P-%s-%d","placedAt":"%s","currency":"EUR","locale":"de",
					 "customer":{"email":"page%d@example.com","firstName":"Page","lastName":"Shopper"},
					 "shippingAddress":{"line1":"Teststraße 1","postcode":"10115","city":"Berlin","country":"DE"},
					 "items":[{"sku":"JKT-1","name":"Regenjacke Nordkap","category":"apparel","variant":"M","quantity":1,"unitPrice":129.00},
					          {"sku":"BOOT-2","name":"Wanderstiefel Alpin","category":"shoes","variant":"42","quantity":1,"unitPrice":159.00}],
					 "total":288.00}""".formatted(run, n, run, n, placed, n);
			String orderId = match(ID, post("/api/v1/orders", order));
			for (int p = 0; p < 2; p++) {
				String shipment = """
						{"carrier":"%s","trackingNumber":"PG%s%06d%d","service":"Paket","items":[{"sku":"%s","quantity":1}],
						 "shippedAt":"%s","origin":{"postcode":"04109","country":"DE"},"promisedDeliveryDate":"%s"}"""
					.formatted(p == 0 ? "dhl" : "dpd", run.toUpperCase(), n, p, p == 0 ? "JKT-1" : "BOOT-2",
							placed.plus(4, ChronoUnit.HOURS), placed.plus(4, ChronoUnit.DAYS).toString().substring(0, 10));
				HttpResponse<String> created = post("/api/v1/orders/" + orderId + "/shipments", shipment);
				String id = match(ID, created);
				String url = match(TRACKING_URL, created);
				pages.add(url.startsWith("/") ? base + url : url);
				post("/api/v1/shipments/" + id + "/events", pageEvents(placed, n, p));
			}
		}
		return pages;
	}

	static String pageEvents(Instant placed, int n, int p) {
		String[][] steps = { { "INFO_RECEIVED", "INFO_RECEIVED_LABEL_CREATED", "Elektronische Ankündigung erhalten" },
				{ "IN_TRANSIT", "IN_TRANSIT_PICKED_UP", "Sendung vom Absender übernommen" },
				{ "IN_TRANSIT", "IN_TRANSIT_ARRIVED_AT_HUB", "Im Start-Paketzentrum bearbeitet" },
				{ "IN_TRANSIT", "IN_TRANSIT_DEPARTED_HUB", "Hat das Paketzentrum verlassen" },
				{ "IN_TRANSIT", "IN_TRANSIT_ARRIVED_AT_HUB", "Im Ziel-Paketzentrum bearbeitet" },
				{ "OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY_ON_VEHICLE", "In Zustellung" },
				{ "ATTEMPT_FAIL", "ATTEMPT_FAIL_RECIPIENT_ABSENT", "Empfänger nicht angetroffen" },
				{ "AVAILABLE_FOR_PICKUP", "AVAILABLE_FOR_PICKUP_PARCELSHOP", "Liegt im Paketshop zur Abholung bereit" } };
		String[] cities = { "Leipzig", "Leipzig", "Radefeld", "Radefeld", "Berlin", "Berlin", "Berlin", "Berlin" };
		StringBuilder json = new StringBuilder("{\"events\":[");
		for (int i = 0; i < steps.length; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"occurredAt\":\"")
				.append(placed.plus(5 + i * 7, ChronoUnit.HOURS))
				.append("\",\"status\":\"")
				.append(steps[i][0])
				.append("\",\"subStatus\":\"")
				.append(steps[i][1])
				.append("\",\"description\":\"")
				.append(steps[i][2])
				.append("\",\"location\":{\"city\":\"")
				.append(cities[i])
				.append("\",\"country\":\"DE\"},\"externalId\":\"e-")
				.append(n)
				.append('-')
				.append(p)
				.append('-')
				.append(i)
				.append("\"}");
		}
		return json.append("]}").toString();
	}

	static HttpResponse<byte[]> fetch(String url, String language) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept-Encoding", "gzip")
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static double pct(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	static String match(Pattern pattern, HttpResponse<String> response) {
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		Matcher matcher = pattern.matcher(response.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in " + response.body());
		}
		return matcher.group(1);
	}

	static HttpResponse<String> post(String path, String json) throws Exception {
		return send("POST", path, json);
	}

	// ---------------------------------------------------------------------------------------
	// notify: order confirmations rendered and handed to SMTP
	// ---------------------------------------------------------------------------------------

	static final Pattern COUNT = Pattern.compile("\"statistic\"\\s*:\\s*\"COUNT\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+]+)");

	static void notify(String[] args) throws Exception {
		String phase = args.length == 0 ? "" : args[0];
		int orders = 20000, concurrency = 4, smtpPort = 2525, timeout = 300;
		for (int i = 1; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--key" -> key = args[i + 1];
				case "--orders" -> orders = Integer.parseInt(args[i + 1]);
				case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
				case "--smtp-port" -> smtpPort = Integer.parseInt(args[i + 1]);
				case "--timeout" -> timeout = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		switch (phase) {
			case "plan" -> notifyPlan(orders, concurrency, timeout);
			case "drain" -> notifyDrain(orders, smtpPort, timeout);
			default -> throw new IllegalArgumentException("usage: Bench notify plan|drain [--option value ...]");
		}
	}

	static void notifyPlan(int orders, int concurrency, int timeout) throws Exception {
		String run = Long.toString(System.currentTimeMillis(), 36);
		System.out.printf("== plan: %d orders (one order confirmation email each), dispatch off%n", orders);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < orders; i++) {
			int n = i;
			futures.add(pool.submit(() -> match(ID, post("/api/v1/orders", notifyOrder(run, n)))));
		}
		for (Future<String> future : futures) {
			future.get();
		}
		pool.shutdown();
		System.out.printf("created %d orders in %.1f s%n", orders, (System.nanoTime() - start) / 1e9);
		long deadline = System.nanoTime() + timeout * 1_000_000_000L;
		long planned;
		while ((planned = metricCount("doorstep.notification.planned")) < orders) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("only " + planned + " of " + orders + " messages planned");
			}
			Thread.sleep(100);
		}
		System.out.printf("planned %d messages %.1f s after the first order%n", planned, (System.nanoTime() - start) / 1e9);
	}

	static String notifyOrder(String run, int n) {
		// Half German, half English, as the bench shop speaks both; one address per order so
		// the frequency cap (6 per shopper and day) never holds a message back.
		return """
				{"externalId":"notify-%s-%d","orderNumber":"N-%s-%d","placedAt":"%s","currency":"EUR","locale":"%s",
				 "customer":{"email":"notify%s%d@example.com","firstName":"Kim","lastName":"Shopper"},
				 "shippingAddress":{"line1":"Teststraße 1","postcode":"10115","city":"Berlin","country":"DE"},
				 "items":[{"sku":"JKT-1","name":"Regenjacke Nordkap","category":"apparel","variant":"M","quantity":1,"unitPrice":129.00},
				          {"sku":"BOOT-2","name":"Wanderstiefel Alpin","category":"shoes","variant":"42","quantity":1,"unitPrice":159.00}],
				 "total":288.00}""".formatted(run, n, run, n, Instant.now().minus(1, ChronoUnit.HOURS),
				n % 2 == 0 ? "de" : "en", run, n);
	}

	static void notifyDrain(int orders, int smtpPort, int timeout) throws Exception {
		System.out.printf("== drain: waiting until the SMTP sink has %d messages%n", orders);
		long start = System.nanoTime();
		long deadline = start + timeout * 1_000_000_000L;
		StringBuilder progress = new StringBuilder();
		long[] stat = sinkStat(smtpPort);
		int second = 0;
		while (stat[0] < orders) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the sink has " + stat[0] + " of " + orders + " messages");
			}
			Thread.sleep(100);
			stat = sinkStat(smtpPort);
			if (System.nanoTime() - start >= (second + 1) * 1_000_000_000L) {
				second++;
				progress.append(' ').append(second).append("s:").append(stat[0]);
			}
		}
		// Anything sent twice would arrive after the last expected one: give it a moment.
		Thread.sleep(2000);
		int half = orders / 2;
		stat = sinkStat(smtpPort, half);
		double seconds = (stat[2] - stat[1]) / 1e6;
		double secondHalf = (stat[2] - stat[3]) / 1e6;
		System.out.println("received, by second after the server was ready:" + progress);
		System.out.printf("sent: %d messages in %.2f s from the first to the last = %,.0f messages/s (JVM warm-up included)%n",
				stat[0], seconds, (stat[0] - 1) / seconds);
		System.out.printf("second half: %d messages in %.2f s = %,.0f messages/s%n", orders - half, secondHalf,
				(orders - half) / secondHalf);
		// For run-notify.sh, which samples the server's CPU time (with its PostgreSQL).
		System.out.printf("window-us: %d %d %d%n", stat[3], stat[2], orders - half);
		long sendCount = metricCount("doorstep.notification.send");
		long renderCount = metricCount("doorstep.notification.render");
		System.out.printf("server: %d rendered, %d handed to the sender%n", renderCount, sendCount);
		String prometheus = get("/actuator/prometheus").body();
		for (String timer : List.of("doorstep_notification_render_seconds", "doorstep_notification_send_seconds")) {
			System.out.println(timer.replace("_seconds", "").replace('_', '.') + ": " + histogram(prometheus, timer));
		}
		if (stat[0] != orders) {
			throw new IllegalStateException("the sink received " + stat[0] + " messages, expected exactly " + orders);
		}
	}

	/**
	 * Percentiles from the timer's Prometheus histogram (cumulative since the start, so they
	 * cover exactly this run), interpolated within a bucket as Prometheus'
	 * histogram_quantile does.
	 */
	static String histogram(String prometheus, String timer) {
		String line = percentiles(buckets(prometheus, timer, ""));
		Matcher max = Pattern.compile("(?m)^" + timer + "_max(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(prometheus);
		return line + (max.find() ? String.format(", max %.3f ms", Double.parseDouble(max.group(2)) * 1000) : "");
	}

	/**
	 * A timer's cumulative bucket counts by upper bound (seconds), summed over the series
	 * whose labels contain {@code labels} (e.g. all statuses of one URI).
	 */
	static TreeMap<Double, Double> buckets(String prometheus, String timer, String labels) {
		// Greedy up to the last brace: label values may hold braces ("/t/{token}").
		Matcher bucket = Pattern.compile("(?m)^" + timer + "_bucket\\{(.*)} ([0-9.eE+-]+)$").matcher(prometheus);
		TreeMap<Double, Double> buckets = new TreeMap<>();
		while (bucket.find()) {
			if (!bucket.group(1).contains(labels)) {
				continue;
			}
			Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(bucket.group(1));
			if (le.find()) {
				double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
				buckets.merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
			}
		}
		return buckets;
	}

	static TreeMap<Double, Double> difference(TreeMap<Double, Double> after, TreeMap<Double, Double> before) {
		TreeMap<Double, Double> difference = new TreeMap<>();
		after.forEach((bound, count) -> difference.put(bound, count - before.getOrDefault(bound, 0.0)));
		return difference;
	}

	/**
	 * p50 to p99.9 from cumulative buckets, interpolated within a bucket as Prometheus'
	 * histogram_quantile does.
	 */
	static String percentiles(TreeMap<Double, Double> cumulative) {
		if (cumulative.isEmpty()) {
			return "no histogram";
		}
		List<double[]> buckets = new ArrayList<>();
		cumulative.forEach((bound, count) -> buckets.add(new double[] { bound, count }));
		double total = buckets.getLast()[1];
		StringBuilder line = new StringBuilder();
		for (double p : new double[] { 50, 90, 99, 99.9 }) {
			double rank = total * p / 100, lower = 0, below = 0, value = Double.NaN;
			for (double[] b : buckets) {
				if (b[1] >= rank) {
					value = Double.isInfinite(b[0]) ? lower
							: lower + (b[0] - lower) * (b[1] == below ? 1 : (rank - below) / (b[1] - below));
					break;
				}
				lower = b[0];
				below = b[1];
			}
			line.append(String.format("p%s %.3f ms, ", p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p),
					value * 1000));
		}
		return line.append(String.format("%d timed", (long) total)).toString();
	}

	static long metricCount(String name) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + name))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404) {
			return 0;
		}
		Matcher matcher = COUNT.matcher(response.body());
		return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
	}

	static long[] sinkStat(int port) throws Exception {
		return sinkStat(port, 0);
	}

	/** {@code [messages, first µs, last µs, message n µs]} from the sink's XSTAT. */
	static long[] sinkStat(int port, int n) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			var in = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
			var out = socket.getOutputStream();
			in.readLine();
			out.write(("XSTAT " + n + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String[] answer = in.readLine().split(" ");
			out.write("QUIT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new long[] { Long.parseLong(answer[1]), Long.parseLong(answer[2]), Long.parseLong(answer[3]),
					Long.parseLong(answer[4]) };
		}
	}

	// ---------------------------------------------------------------------------------------
	// smtp-sink: accepts mail, counts it, keeps nothing
	// ---------------------------------------------------------------------------------------

	static final AtomicLong SINK_MESSAGES = new AtomicLong();

	static final AtomicLong SINK_FIRST = new AtomicLong();

	static final AtomicLong SINK_LAST = new AtomicLong();

	/** When each message arrived (epoch µs), by its number. */
	static final long[] SINK_TIMES = new long[1_000_000];

	static void smtpSink(String[] args) throws Exception {
		int port = 2525;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--port" -> port = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		try (java.net.ServerSocket server = new java.net.ServerSocket(port, 128,
				java.net.InetAddress.getLoopbackAddress())) {
			System.out.println("smtp-sink listening on " + port);
			while (true) {
				java.net.Socket socket = server.accept();
				Thread.ofVirtual().start(() -> smtpSession(socket));
			}
		}
	}

	static void smtpSession(java.net.Socket socket) {
		try (socket) {
			socket.setTcpNoDelay(true);
			var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
					java.nio.charset.StandardCharsets.ISO_8859_1), 65536);
			var out = new java.io.BufferedOutputStream(socket.getOutputStream());
			reply(out, "220 sink ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
				switch (command) {
					case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 PIPELINING");
					case "DATA" -> {
						reply(out, "354 go ahead");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// discarded
						}
						Instant at = Instant.now();
						long now = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
						SINK_FIRST.compareAndSet(0, now);
						SINK_LAST.accumulateAndGet(now, Math::max);
						long number = SINK_MESSAGES.incrementAndGet();
						if (number <= SINK_TIMES.length) {
							SINK_TIMES[(int) number - 1] = now;
						}
						reply(out, "250 queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					case "XSTA" -> {
						// XSTAT [n]: counts, and when message n arrived
						int n = line.length() > 6 ? Integer.parseInt(line.substring(6).trim()) : 0;
						reply(out, "250 " + SINK_MESSAGES.get() + " " + SINK_FIRST.get() + " " + SINK_LAST.get() + " "
								+ (n > 0 && n <= SINK_TIMES.length ? SINK_TIMES[n - 1] : 0));
					}
					case "XRES" -> {
						SINK_MESSAGES.set(0);
						SINK_FIRST.set(0);
						SINK_LAST.set(0);
						reply(out, "250 reset");
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (java.io.IOException ex) {
			// the client went away
		}
	}

	static void reply(java.io.OutputStream out, String text) throws java.io.IOException {
		out.write((text + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.flush();
	}
}
