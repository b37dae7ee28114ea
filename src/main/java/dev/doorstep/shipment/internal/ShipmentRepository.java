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
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<UUID> inserted = this.jdbc.sql("""
				INSERT INTO shipment (id, shop_id, order_id, carrier, tracking_number, service, public_token, status,
				  shipped_at, origin_postcode, origin_country, promised_delivery_date, created_at, updated_at)
				VALUES (:id, :shop, :order, :carrier, :number, :service, :token, 'PENDING', :shippedAt, :postcode,
				  :country, :promised, :now, :now)
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
				WHERE status NOT IN ('DELIVERED', 'EXPIRED') AND carrier <> 'simulated'
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

	public Optional<Shipment> findByToken(String token) {
		return one(this.jdbc.sql("SELECT * FROM shipment WHERE public_token = :token")
			.param("token", token)
			.query(ShipmentRepository::mapRow)
			.list());
	}

	public List<Shipment> forOrder(ShopId shop, OrderId order) {
		return withItems(this.jdbc
			.sql("SELECT * FROM shipment WHERE shop_id = :shop AND order_id = :order ORDER BY created_at, id")
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
		return rows.stream()
			.map(row -> new Shipment(row.id(), row.shopId(), row.orderId(), row.carrier(), row.trackingNumber(),
					row.service(), row.publicToken(), row.status(), row.subStatus(), row.incidentReason(),
					row.shippedAt(), row.origin(), row.promisedDeliveryDate(), row.deliveredAt(), row.lastEventAt(),
					List.copyOf(items.get(row.id().value())), row.createdAt(), row.updatedAt()))
			.toList();
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
				rs.getTimestamp("updated_at").toInstant());
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
