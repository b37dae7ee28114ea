package dev.doorstep.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.Delivery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of deliveries and their attempt log; every statement is scoped by shop
 * except the claim of due rows, which works for all shops.
 */
@Repository
public class DeliveryRepository {

	/** A claimed delivery with what a POST needs. */
	public record Due(ShopId shop, UUID id, UUID subscriptionId, String body, int attempts, Instant giveUpAt) {
	}

	private static final String COLUMNS = """
			shop_id, id, subscription_id, event_id, event_type, status, attempts, created_at, give_up_at,
			next_attempt_at, last_status_code, last_error, finished_at, replay_of""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a delivery due now.
	 * @return false when the subscription already has this event (a redelivered event)
	 */
	public boolean insert(ShopId shop, UUID id, UUID subscriptionId, UUID eventId, String eventType, String body,
			Instant now, Instant giveUpAt, @Nullable UUID replayOf) {
		return this.jdbc.sql("""
				INSERT INTO webhook_delivery (shop_id, id, subscription_id, event_id, event_type, body, status,
				  created_at, give_up_at, next_attempt_at, replay_of)
				VALUES (:shop, :id, :subscription, :event, :type, :body, 'PENDING', :now, :giveUp, :now, :replayOf)
				ON CONFLICT (subscription_id, event_id) WHERE replay_of IS NULL DO NOTHING
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("subscription", subscriptionId)
			.param("event", eventId)
			.param("type", eventType)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.param("giveUp", Timestamp.from(giveUpAt))
			.param("replayOf", replayOf)
			.update() > 0;
	}

	/**
	 * Repeats the subscription's original deliveries created in {@code [from, to)}, at
	 * most {@code limit}, as new deliveries due now.
	 * @return how many
	 */
	public int replayRange(ShopId shop, UUID subscriptionId, Instant from, Instant to, Instant now, Instant giveUpAt,
			int limit) {
		return this.jdbc.sql("""
				INSERT INTO webhook_delivery (shop_id, id, subscription_id, event_id, event_type, body, status,
				  created_at, give_up_at, next_attempt_at, replay_of)
				SELECT shop_id, gen_random_uuid(), subscription_id, event_id, event_type, body, 'PENDING',
				  :now, :giveUp, :now, id
				FROM webhook_delivery
				WHERE shop_id = :shop AND subscription_id = :subscription AND replay_of IS NULL
				  AND created_at >= :from AND created_at < :to
				ORDER BY created_at
				LIMIT :limit
				""")
			.param("shop", shop.value())
			.param("subscription", subscriptionId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("now", Timestamp.from(now))
			.param("giveUp", Timestamp.from(giveUpAt))
			.param("limit", limit)
			.update();
	}

	public Optional<String> body(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT body FROM webhook_delivery WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Takes up to {@code limit} due deliveries of any shop for this round; rows another
	 * instance holds are skipped, and a crashed round's rows come back after the lease.
	 */
	public List<Due> claimDue(Instant now, int limit, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE webhook_delivery d SET lease_until = :lease
				FROM (SELECT shop_id, id FROM webhook_delivery
				      WHERE status = 'PENDING' AND next_attempt_at <= :now
				        AND (lease_until IS NULL OR lease_until <= :now)
				      ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
				WHERE d.shop_id = due.shop_id AND d.id = due.id
				RETURNING d.shop_id, d.id, d.subscription_id, d.body, d.attempts, d.give_up_at
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("lease", Timestamp.from(leaseUntil))
			.query((rs, row) -> new Due(new ShopId(rs.getObject("shop_id", UUID.class)), rs.getObject("id", UUID.class),
					rs.getObject("subscription_id", UUID.class), rs.getString("body"), rs.getInt("attempts"),
					rs.getTimestamp("give_up_at").toInstant()))
			.list();
	}

	/**
	 * Records one attempt and where the delivery now stands, and releases the lease.
	 * {@code nextAttemptAt} is null unless the status stays PENDING.
	 */
	public void recordAttempt(Due due, Delivery.Status status, Delivery.Attempt attempt) {
		this.jdbc.sql("""
				INSERT INTO webhook_attempt (shop_id, delivery_id, number, attempted_at, status_code, duration_ms,
				  error, next_attempt_at)
				VALUES (:shop, :delivery, :number, :at, :code, :duration, :error, :next)
				""")
			.param("shop", due.shop().value())
			.param("delivery", due.id())
			.param("number", attempt.number())
			.param("at", Timestamp.from(attempt.attemptedAt()))
			.param("code", attempt.statusCode())
			.param("duration", attempt.durationMs())
			.param("error", attempt.error())
			.param("next", timestamp(attempt.nextAttemptAt()))
			.update();
		this.jdbc.sql("""
				UPDATE webhook_delivery SET status = :status, attempts = :number, next_attempt_at = :next,
				  lease_until = NULL, last_status_code = :code, last_error = :error,
				  finished_at = CASE WHEN :status = 'PENDING' THEN NULL ELSE CAST(:at AS TIMESTAMPTZ) END
				WHERE shop_id = :shop AND id = :delivery
				""")
			.param("shop", due.shop().value())
			.param("delivery", due.id())
			.param("status", status.name())
			.param("number", attempt.number())
			.param("next", timestamp(attempt.nextAttemptAt()))
			.param("code", attempt.statusCode())
			.param("error", attempt.error())
			.param("at", Timestamp.from(attempt.attemptedAt()))
			.update();
	}

	public Optional<Delivery> find(ShopId shop, UUID id) {
		List<Delivery> found = withLog(shop,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_delivery WHERE shop_id = :shop AND id = :id")
					.param("shop", shop.value())
					.param("id", id)
					.query(DeliveryRepository::map)
					.list());
		return found.stream().findFirst();
	}

	/** One page of a subscription's log, newest first. */
	public List<Delivery> page(ShopId shop, UUID subscriptionId, Delivery.@Nullable Status status, int page, int size) {
		return withLog(shop,
				this.jdbc.sql("SELECT " + COLUMNS + """
						 FROM webhook_delivery WHERE shop_id = :shop AND subscription_id = :subscription
						  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
						ORDER BY created_at DESC, id LIMIT :size OFFSET :offset
						""")
					.param("shop", shop.value())
					.param("subscription", subscriptionId)
					.param("status", status == null ? null : status.name())
					.param("size", size)
					.param("offset", (long) page * size)
					.query(DeliveryRepository::map)
					.list());
	}

	public long count(ShopId shop, UUID subscriptionId, Delivery.@Nullable Status status) {
		return this.jdbc.sql("""
				SELECT count(*) FROM webhook_delivery WHERE shop_id = :shop AND subscription_id = :subscription
				  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
				""")
			.param("shop", shop.value())
			.param("subscription", subscriptionId)
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	/** Attaches the attempts of all given deliveries with one query. */
	private List<Delivery> withLog(ShopId shop, List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<UUID, List<Delivery.Attempt>> attempts = new HashMap<>();
		this.jdbc.sql("""
				SELECT delivery_id, number, attempted_at, status_code, duration_ms, error, next_attempt_at
				FROM webhook_attempt WHERE shop_id = :shop AND delivery_id IN (:ids) ORDER BY number
				""")
			.param("shop", shop.value())
			.param("ids", deliveries.stream().map(Delivery::id).toList())
			.query(rs -> {
				attempts.computeIfAbsent(rs.getObject("delivery_id", UUID.class), id -> new ArrayList<>())
					.add(new Delivery.Attempt(rs.getInt("number"), rs.getTimestamp("attempted_at").toInstant(),
							(Integer) rs.getObject("status_code"), rs.getLong("duration_ms"), rs.getString("error"),
							instant(rs.getTimestamp("next_attempt_at"))));
			});
		return deliveries.stream()
			.map(d -> new Delivery(d.shop(), d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.status(),
					d.attempts(), d.createdAt(), d.giveUpAt(), d.nextAttemptAt(), d.lastStatusCode(), d.lastError(),
					d.finishedAt(), d.replayOf(), List.copyOf(attempts.getOrDefault(d.id(), List.of()))))
			.toList();
	}

	private static Delivery map(ResultSet rs, int row) throws SQLException {
		return new Delivery(new ShopId(rs.getObject("shop_id", UUID.class)), rs.getObject("id", UUID.class),
				rs.getObject("subscription_id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("event_type"), Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("give_up_at").toInstant(),
				instant(rs.getTimestamp("next_attempt_at")), (Integer) rs.getObject("last_status_code"),
				rs.getString("last_error"), instant(rs.getTimestamp("finished_at")),
				rs.getObject("replay_of", UUID.class), List.of());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
