package dev.doorstep.shipment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.ShipmentPage;
import dev.doorstep.shipment.ShipmentQuery;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code shipment} and {@code shipment_item}. Every statement filters by shop,
 * except the look-up by public token, which is the public page's only key.
 */
@Repository
public class ShipmentRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ShipmentRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Shipment> insertIfAbsent(ShopId shop, OrderId order, NewShipment shipment, String token) {
		return insertIfAbsent(shop, order, shipment, token, false);
	}

	/**
	 * @param returnParcel a parcel from the shopper back to the shop: tracked like any
	 * other, but not one of the order's parcels
	 */
	public Optional<Shipment> insertIfAbsent(ShopId shop, OrderId order, NewShipment shipment, String token,
			boolean returnParcel) {
		return insert(shop, order, shipment, token, returnParcel, false, this.clock.instant());
	}

	/**
	 * A parcel from the shop's history ({@code doorstep.jar import}): stored as reported
	 * at {@code reportedAt} (when it was shipped, not today) and marked imported, so no
	 * job tracks, flags or expires it.
	 */
	public Optional<Shipment> insertImported(ShopId shop, OrderId order, NewShipment shipment, String token,
			Instant reportedAt) {
		return insert(shop, order, shipment, token, false, true, reportedAt);
	}

	private Optional<Shipment> insert(ShopId shop, OrderId order, NewShipment shipment, String token,
			boolean returnParcel, boolean imported, Instant createdAt) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(createdAt);
		Optional<UUID> inserted = this.jdbc.sql("""
				INSERT INTO shipment (id, shop_id, order_id, carrier, tracking_number, service, public_token, status,
				  shipped_at, origin_postcode, origin_country, promised_delivery_date, created_at, updated_at,
				  return_parcel, imported)
				VALUES (:id, :shop, :order, :carrier, :number, :service, :token, 'PENDING', :shippedAt, :postcode,
				  :country, :promised, :now, :now, :returnParcel, :imported)
				ON CONFLICT (shop_id, carrier, tracking_number) DO NOTHING
				RETURNING id
				""")
			.param("id", id)
			.param("shop", shop.value())
			.param("order", order.value())
			.param("carrier", shipment.carrier().value())
			.param("number", shipment.trackingNumber())
			.param("service", shipment.service())
			.param("token", token)
			.param("shippedAt", timestamp(shipment.shippedAt()))
			.param("postcode", shipment.origin() == null ? null : shipment.origin().postcode())
			.param("country", shipment.origin() == null ? null : shipment.origin().country())
			.param("promised",
					shipment.promisedDeliveryDate() == null ? null : Date.valueOf(shipment.promisedDeliveryDate()))
			.param("now", now)
			.param("returnParcel", returnParcel)
			.param("imported", imported)
			.query(UUID.class)
			.optional();
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		for (Shipment.Item item : shipment.items()) {
			this.jdbc
				.sql("""
						INSERT INTO shipment_item (shop_id, shipment_id, sku, quantity) VALUES (:shop, :shipment, :sku, :qty)
						ON CONFLICT (shipment_id, sku) DO UPDATE SET quantity = shipment_item.quantity + EXCLUDED.quantity
						""")
				.param("shop", shop.value())
				.param("shipment", id)
				.param("sku", item.sku())
				.param("qty", item.quantity())
				.update();
		}
		return find(shop, new ShipmentId(id));
	}

	public Optional<Shipment> findByTrackingNumber(ShopId shop, CarrierCode carrier, String trackingNumber) {
		return one(this.jdbc
			.sql("SELECT * FROM shipment WHERE shop_id = :shop AND carrier = :carrier AND tracking_number = :number")
			.param("shop", shop.value())
			.param("carrier", carrier.value())
			.param("number", trackingNumber)
			.query(ShipmentRepository::mapRow)
			.list());
	}

	public Optional<Shipment> find(ShopId shop, ShipmentId id) {
		return one(this.jdbc.sql("SELECT * FROM shipment WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id.value())
			.query(ShipmentRepository::mapRow)
			.list());
	}

	/**
	 * Locks the shipment row for the rest of the transaction, so concurrent event batches
	 * for one parcel are folded one after the other.
	 */
	/** A shipment of some shop, for jobs that serve every tenant. */
	public record Ref(ShopId shop, ShipmentId id) {
	}

	/**
	 * Open shipments without news since {@code before}: no event, or the newest one
	 * older. Serves every tenant (the expiry job) and returns each row's shop with it.
	 */
	public List<Ref> staleSince(Instant before, int limit) {
		return this.jdbc.sql("""
				SELECT shop_id, id FROM shipment
				WHERE status NOT IN ('DELIVERED', 'EXPIRED') AND carrier <> 'simulated' AND NOT imported
				  AND COALESCE(last_event_at, created_at) < :before
				ORDER BY COALESCE(last_event_at, created_at) LIMIT :limit
				""")
			.param("before", Timestamp.from(before))
			.param("limit", limit)
			.query((rs, row) -> new Ref(new ShopId(rs.getObject(1, UUID.class)),
					new ShipmentId(rs.getObject(2, UUID.class))))
			.list();
	}

	/** A parcel that just went quiet for too long. */
	public record Stalled(ShopId shop, ShipmentId id, OrderId order, TrackingStatus status,
			@Nullable Instant lastEventAt) {
	}

	/**
	 * Flags open parcels without news since {@code before} that were not flagged since
	 * their last news, and returns them. Serves every tenant (a job) and returns each
	 * row's shop with it.
	 */
	public List<Stalled> flagStalled(Instant before, Instant now, int limit) {
		return this.jdbc.sql("""
				UPDATE shipment s SET stalled_at = :now
				FROM (SELECT id FROM shipment
				      WHERE status NOT IN ('DELIVERED', 'EXPIRED', 'PENDING') AND carrier <> 'simulated'
				        AND NOT return_parcel AND NOT imported
				        AND COALESCE(last_event_at, created_at) < :before
				        AND (stalled_at IS NULL OR stalled_at < COALESCE(last_event_at, created_at))
				      ORDER BY COALESCE(last_event_at, created_at) LIMIT :limit FOR UPDATE SKIP LOCKED) due
				WHERE s.id = due.id
				RETURNING s.shop_id, s.id, s.order_id, s.status, s.last_event_at
				""")
			.param("now", Timestamp.from(now))
			.param("before", Timestamp.from(before))
			.param("limit", limit)
			.query((rs, row) -> new Stalled(new ShopId(rs.getObject(1, UUID.class)),
					new ShipmentId(rs.getObject(2, UUID.class)), new OrderId(rs.getObject(3, UUID.class)),
					TrackingStatus.valueOf(rs.getString(4)),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
	}

	public Optional<Shipment> lock(ShopId shop, ShipmentId id) {
		return one(this.jdbc.sql("SELECT * FROM shipment WHERE shop_id = :shop AND id = :id FOR UPDATE")
			.param("shop", shop.value())
			.param("id", id.value())
			.query(ShipmentRepository::mapRow)
			.list());
	}

	/**
	 * The parcel and its items in one round trip: every tracking page view starts here.
	 */
	public Optional<Shipment> findByToken(String token) {
		List<Shipment.Item> items = new ArrayList<>();
		List<Shipment> rows = this.jdbc.sql("""
				SELECT s.*, i.sku AS item_sku, i.quantity AS item_quantity FROM shipment s
				LEFT JOIN shipment_item i ON i.shop_id = s.shop_id AND i.shipment_id = s.id
				WHERE s.public_token = :token ORDER BY i.sku""").param("token", token).query((rs, n) -> {
			String sku = rs.getString("item_sku");
			if (sku != null) {
				items.add(new Shipment.Item(sku, rs.getInt("item_quantity")));
			}
			return (n == 0) ? mapRow(rs, n) : null;
		}).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(rows.getFirst().withItems(items));
	}

	/**
	 * Marks the parcel as changed without a change of state, e.g. a late event that only
	 * adds to its timeline: pages kept for it compare this time.
	 */
	public void touch(ShopId shop, ShipmentId id) {
		this.jdbc.sql("UPDATE shipment SET updated_at = :now WHERE shop_id = :shop AND id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id.value())
			.update();
	}

	public List<Shipment> reportedBetween(ShopId shop, Instant from, Instant to, int limit) {
		return withItems(this.jdbc.sql("""
				SELECT * FROM shipment WHERE shop_id = :shop AND NOT return_parcel
				  AND created_at >= :from AND created_at < :to
				ORDER BY created_at, id LIMIT :limit
				""")
			.param("shop", shop.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query(ShipmentRepository::mapRow)
			.list());
	}

	public List<Shipment> forOrder(ShopId shop, OrderId order) {
		return withItems(this.jdbc
			.sql("SELECT * FROM shipment WHERE shop_id = :shop AND order_id = :order AND NOT return_parcel"
					+ " ORDER BY created_at, id")
			.param("shop", shop.value())
			.param("order", order.value())
			.query(ShipmentRepository::mapRow)
			.list());
	}

	public ShipmentPage search(ShopId shop, ShipmentQuery query) {
		StringBuilder where = new StringBuilder("shop_id = :shop");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("shop", shop.value());
		if (query.status() != null) {
			where.append(" AND status = :status");
			params.put("status", query.status().name());
		}
		if (query.carrier() != null) {
			where.append(" AND carrier = :carrier");
			params.put("carrier", query.carrier().value());
		}
		if (query.trackingNumber() != null && !query.trackingNumber().isBlank()) {
			where.append(" AND tracking_number = :number");
			params.put("number", query.trackingNumber().trim());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM shipment WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Shipment> shipments = withItems(this.jdbc
			.sql("SELECT * FROM shipment WHERE " + where
					+ " ORDER BY coalesce(last_event_at, created_at) DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(ShipmentRepository::mapRow)
			.list());
		return new ShipmentPage(shipments, query.page(), query.size(), total);
	}

	public void updateState(ShopId shop, ShipmentId id, TimelineFold.State state) {
		this.jdbc.sql("""
				UPDATE shipment SET status = :status, sub_status = :subStatus, incident_reason = :reason,
				  delivered_at = :deliveredAt, last_event_at = :lastEventAt, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("status", state.status().name())
			.param("subStatus", state.subStatus())
			.param("reason", state.incidentReason() == null ? null : state.incidentReason().name())
			.param("deliveredAt", timestamp(state.deliveredAt()))
			.param("lastEventAt", timestamp(state.lastEventAt()))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id.value())
			.update();
	}

	private Optional<Shipment> one(List<Shipment> rows) {
		return withItems(rows).stream().findFirst();
	}

	private List<Shipment> withItems(List<Shipment> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<Shipment.Item>> items = new LinkedHashMap<>();
		rows.forEach(row -> items.put(row.id().value(), new ArrayList<>()));
		this.jdbc
			.sql("SELECT shipment_id, sku, quantity FROM shipment_item WHERE shop_id = :shop AND shipment_id IN (:ids)"
					+ " ORDER BY sku")
			.param("shop", rows.getFirst().shopId().value())
			.param("ids", List.copyOf(items.keySet()))
			.query((rs, n) -> items.get(rs.getObject("shipment_id", UUID.class))
				.add(new Shipment.Item(rs.getString("sku"), rs.getInt("quantity"))))
			.list();
		return rows.stream().map(row -> row.withItems(items.get(row.id().value()))).toList();
	}

	private static Shipment mapRow(ResultSet rs, int row) throws SQLException {
		String postcode = rs.getString("origin_postcode");
		String country = rs.getString("origin_country");
		Date promised = rs.getDate("promised_delivery_date");
		String reason = rs.getString("incident_reason");
		return new Shipment(new ShipmentId(rs.getObject("id", UUID.class)),
				new ShopId(rs.getObject("shop_id", UUID.class)), new OrderId(rs.getObject("order_id", UUID.class)),
				new CarrierCode(rs.getString("carrier")), rs.getString("tracking_number"), rs.getString("service"),
				rs.getString("public_token"), TrackingStatus.valueOf(rs.getString("status")),
				rs.getString("sub_status"), reason == null ? null : IncidentReason.valueOf(reason),
				instant(rs.getTimestamp("shipped_at")),
				(postcode == null && country == null) ? null : new Shipment.Origin(postcode, country),
				promised == null ? null : promised.toLocalDate(), instant(rs.getTimestamp("delivered_at")),
				instant(rs.getTimestamp("last_event_at")), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), pickupPoint(rs), rs.getBoolean("return_parcel"));
	}

	private static @Nullable PickupPoint pickupPoint(ResultSet rs) throws SQLException {
		if (rs.getTimestamp("pickup_as_of") == null) {
			return null;
		}
		String type = rs.getString("pickup_type");
		Date deadline = rs.getDate("pickup_deadline");
		return new PickupPoint(rs.getString("pickup_name"), rs.getString("pickup_street"),
				rs.getString("pickup_postcode"), rs.getString("pickup_city"), rs.getString("pickup_country"),
				type == null ? null : PickupPoint.Type.valueOf(type), rs.getString("pickup_opening_hours"),
				deadline == null ? null : deadline.toLocalDate(), rs.getBoolean("pickup_deadline_estimated"));
	}

	/**
	 * Stores the pickup point a carrier named as of {@code asOf} (its newest event's
	 * time), unless the shipment already has one from later news. Equal times keep the
	 * point that sorts last, so any order of arrival ends with the same point.
	 * @return whether the stored point changed
	 */
	public boolean updatePickupPoint(ShopId shop, ShipmentId id, PickupPoint point, Instant asOf) {
		return this.jdbc.sql("""
				UPDATE shipment SET pickup_name = :name, pickup_street = :street, pickup_postcode = :postcode,
				  pickup_city = :city, pickup_country = :country, pickup_type = :type,
				  pickup_opening_hours = :hours, pickup_deadline = :deadline,
				  pickup_deadline_estimated = :estimated, pickup_as_of = :asOf, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				  AND (pickup_as_of IS NULL OR pickup_as_of < :asOf
				    OR (pickup_as_of = :asOf AND ROW(coalesce(pickup_name, ''), coalesce(pickup_street, ''),
				      coalesce(pickup_postcode, ''), coalesce(pickup_city, ''), coalesce(pickup_deadline::text, ''),
				      coalesce(pickup_opening_hours, ''), coalesce(pickup_type, ''))
				      < ROW(coalesce(:name, ''), coalesce(:street, ''), coalesce(:postcode, ''), coalesce(:city, ''),
				      coalesce(:deadlineText, ''), coalesce(:hours, ''), coalesce(:type, ''))))
				""")
			.param("name", point.name())
			.param("street", point.street())
			.param("postcode", point.postcode())
			.param("city", point.city())
			.param("country", point.country())
			.param("type", point.type() == null ? null : point.type().name())
			.param("hours", point.openingHours())
			.param("deadline", point.deadline() == null ? null : Date.valueOf(point.deadline()))
			.param("deadlineText", point.deadline() == null ? null : point.deadline().toString())
			.param("estimated", point.deadlineEstimated())
			.param("asOf", Timestamp.from(asOf))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id.value())
			.update() > 0;
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
