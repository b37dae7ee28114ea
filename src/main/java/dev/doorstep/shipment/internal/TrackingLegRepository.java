package dev.doorstep.shipment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingLeg;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code tracking_leg}. Every statement names the shop, except claiming due legs:
 * the poller serves all tenants and carries each leg's shop from then on.
 */
@Repository
public class TrackingLegRepository {

	/** A leg the poller has claimed. */
	public record Due(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber, int failures,
			boolean neverPolled) {
	}

	private static final String COLUMNS = """
			shipment_id, carrier, tracking_number, position, origin, next_poll_at, poll_stopped, last_polled_at,
			last_outcome, failures, pushed_by, pushed_at""";

	private final JdbcClient jdbc;

	TrackingLegRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a leg; a leg the shipment already has stays as it is.
	 * @return whether the leg is new
	 */
	public boolean add(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber,
			TrackingLeg.Origin origin, @Nullable Instant nextPollAt, @Nullable String pollStopped, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO tracking_leg (shop_id, shipment_id, carrier, tracking_number, position, origin,
				  next_poll_at, poll_stopped, created_at)
				SELECT :shop, :shipment, :carrier, :number,
				  (SELECT count(*) FROM tracking_leg WHERE shop_id = :shop AND shipment_id = :shipment), :origin,
				  :next, :stopped, :now
				WHERE EXISTS (SELECT 1 FROM shipment WHERE shop_id = :shop AND id = :shipment)
				ON CONFLICT (shipment_id, carrier, tracking_number) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.param("origin", origin.name())
			.param("next", timestamp(nextPollAt))
			.param("stopped", pollStopped)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public List<TrackingLeg> forShipment(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM tracking_leg WHERE shop_id = :shop AND shipment_id = :shipment ORDER BY position
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query(TrackingLegRepository::leg)
			.list();
	}

	/**
	 * The shipments this shop tracks under a number, preferring the given carrier when
	 * the source names one.
	 */
	public List<ShipmentId> shipmentsTrackedAs(ShopId shop, @Nullable CarrierCode carrier, String trackingNumber) {
		return this.jdbc
			.sql("""
					SELECT DISTINCT shipment_id FROM tracking_leg
					WHERE shop_id = :shop AND tracking_number = :number AND (CAST(:carrier AS TEXT) IS NULL OR carrier = :carrier)
					""")
			.param("shop", shop.value())
			.param("number", trackingNumber)
			.param("carrier", carrier == null ? null : carrier.value())
			.query((rs, row) -> new ShipmentId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Claims up to {@code limit} due legs for {@code lease}: a second instance skips
	 * them, and a crash mid-poll only delays them by the lease.
	 */
	public List<Due> claimDue(Instant now, int limit, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE tracking_leg l SET next_poll_at = :lease
				FROM (SELECT shipment_id, carrier, tracking_number FROM tracking_leg
				      WHERE next_poll_at <= :now ORDER BY next_poll_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
				WHERE l.shipment_id = due.shipment_id AND l.carrier = due.carrier
				  AND l.tracking_number = due.tracking_number
				RETURNING l.shop_id, l.shipment_id, l.carrier, l.tracking_number, l.failures, l.last_polled_at IS NULL
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("lease", Timestamp.from(leaseUntil))
			.query((rs, row) -> new Due(new ShopId(rs.getObject(1, UUID.class)),
					new ShipmentId(rs.getObject(2, UUID.class)), new CarrierCode(rs.getString(3)), rs.getString(4),
					rs.getInt(5), rs.getBoolean(6)))
			.list();
	}

	/**
	 * Records a poll's outcome and when to ask again ({@code null}: stop, for
	 * {@code stopped}).
	 */
	public void polled(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber, Instant now,
			String outcome, int failures, @Nullable Instant next, @Nullable String stopped) {
		this.jdbc.sql("""
				UPDATE tracking_leg SET last_polled_at = :now, last_outcome = :outcome, failures = :failures,
				  next_poll_at = :next, poll_stopped = :stopped
				WHERE shop_id = :shop AND shipment_id = :shipment AND carrier = :carrier AND tracking_number = :number
				""")
			.param("now", Timestamp.from(now))
			.param("outcome", outcome)
			.param("failures", failures)
			.param("next", timestamp(next))
			.param("stopped", stopped)
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.update();
	}

	/** Puts a leg back in line without counting a poll (rate limits, lease expiry). */
	public void postpone(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber, Instant next) {
		this.jdbc.sql("""
				UPDATE tracking_leg SET next_poll_at = :next
				WHERE shop_id = :shop AND shipment_id = :shipment AND carrier = :carrier AND tracking_number = :number
				""")
			.param("next", Timestamp.from(next))
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.update();
	}

	/** Stops polling every leg of the shipment, for {@code reason}. */
	public void stop(ShopId shop, ShipmentId shipment, String reason) {
		this.jdbc.sql("""
				UPDATE tracking_leg SET next_poll_at = NULL, poll_stopped = :reason
				WHERE shop_id = :shop AND shipment_id = :shipment
				""").param("reason", reason).param("shop", shop.value()).param("shipment", shipment.value()).update();
	}

	/**
	 * Marks the legs under this number as covered by a push source: no more polling them.
	 */
	public void pushed(ShopId shop, ShipmentId shipment, String trackingNumber, String source, Instant now) {
		this.jdbc.sql("""
				UPDATE tracking_leg SET pushed_by = :source, pushed_at = :now, next_poll_at = NULL,
				  poll_stopped = 'push:' || :source
				WHERE shop_id = :shop AND shipment_id = :shipment AND tracking_number = :number
				""")
			.param("source", source)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("number", trackingNumber)
			.update();
	}

	/**
	 * Polls again at once the legs that waited for credentials (a shop just saved its
	 * contract with the carrier).
	 */
	public int rearm(ShopId shop, CarrierCode carrier, Instant now) {
		return this.jdbc.sql("""
				UPDATE tracking_leg SET next_poll_at = :now, failures = 0
				WHERE shop_id = :shop AND carrier = :carrier AND next_poll_at IS NOT NULL
				""")
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("carrier", carrier.value())
			.update();
	}

	/**
	 * Stores the carrier's estimate for a leg.
	 * @return the estimate it replaces, if there was one
	 */
	public Optional<Instant> estimate(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber,
			Instant estimate) {
		Optional<Instant> previous = this.jdbc.sql("""
				SELECT carrier_estimate FROM tracking_leg
				WHERE shop_id = :shop AND shipment_id = :shipment AND carrier = :carrier AND tracking_number = :number
				FOR UPDATE
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(Timestamp::toInstant);
		this.jdbc.sql("""
				UPDATE tracking_leg SET carrier_estimate = :estimate
				WHERE shop_id = :shop AND shipment_id = :shipment AND carrier = :carrier AND tracking_number = :number
				""")
			.param("estimate", Timestamp.from(estimate))
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.update();
		return previous;
	}

	/** The newest leg's estimate: the carrier that has the parcel last knows best. */
	public Optional<Instant> latestEstimate(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql("""
				SELECT carrier_estimate FROM tracking_leg
				WHERE shop_id = :shop AND shipment_id = :shipment AND carrier_estimate IS NOT NULL
				ORDER BY position DESC LIMIT 1
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	public Optional<TrackingLeg> find(ShopId shop, ShipmentId shipment, CarrierCode carrier, String trackingNumber) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM tracking_leg WHERE shop_id = :shop AND shipment_id = :shipment AND carrier = :carrier
				   AND tracking_number = :number
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.query(TrackingLegRepository::leg)
			.optional();
	}

	private static TrackingLeg leg(ResultSet rs, int row) throws SQLException {
		return new TrackingLeg(new ShipmentId(rs.getObject("shipment_id", UUID.class)),
				new CarrierCode(rs.getString("carrier")), rs.getString("tracking_number"), rs.getInt("position"),
				TrackingLeg.Origin.valueOf(rs.getString("origin")), instant(rs.getTimestamp("next_poll_at")),
				rs.getString("poll_stopped"), instant(rs.getTimestamp("last_polled_at")), rs.getString("last_outcome"),
				rs.getInt("failures"), rs.getString("pushed_by"), instant(rs.getTimestamp("pushed_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
