package dev.doorstep.claim.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimId;
import dev.doorstep.claim.ClaimMode;
import dev.doorstep.claim.ClaimSettings;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Resolution;
import dev.doorstep.claim.ResolutionPolicy;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the claim tables. Every statement filters by shop, except the look-up by the
 * shopper's random token, which is its own key.
 */
@Repository
public class ClaimRepository {

	private final JdbcClient jdbc;

	ClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ClaimSettings> settings(ShopId shop) {
		return this.jdbc.sql("SELECT * FROM claim_settings WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, n) -> new ClaimSettings(ClaimMode.valueOf(rs.getString("mode")), rs.getInt("lost_after_days"),
					rs.getInt("report_within_days"), ResolutionPolicy.valueOf(rs.getString("resolution")),
					rs.getBigDecimal("auto_approve_limit")))
			.optional();
	}

	public void saveSettings(ShopId shop, ClaimSettings settings, Instant now) {
		this.jdbc.sql("""
				INSERT INTO claim_settings (shop_id, mode, lost_after_days, report_within_days, resolution,
				  auto_approve_limit, updated_at)
				VALUES (:shop, :mode, :lost, :within, :resolution, :limit, :now)
				ON CONFLICT (shop_id) DO UPDATE SET mode = :mode, lost_after_days = :lost,
				  report_within_days = :within, resolution = :resolution, auto_approve_limit = :limit, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("mode", settings.mode().name())
			.param("lost", settings.lostAfterDays())
			.param("within", settings.reportWithinDays())
			.param("resolution", settings.resolution().name())
			.param("limit", settings.autoApproveLimit())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A claim to store, with its items and photos. */
	public record NewRow(ClaimId id, ShopId shop, ShipmentId shipment, OrderId order, String number, String token,
			ClaimType type, CarrierCode carrier, @Nullable String description, @Nullable String declaration,
			List<Claim.Item> items, BigDecimal value, String currency, @Nullable Resolution preferredResolution,
			List<PhotoFile> photos, Instant now) {
	}

	/** A stored photo with its bytes. */
	public record PhotoFile(int position, String contentType, byte[] bytes) {
	}

	/**
	 * Stores the claim as filed; false when the parcel already has an open claim of this
	 * type (a second form sent at the same moment), and nothing is stored.
	 */
	public boolean insert(NewRow row) {
		int inserted = this.jdbc.sql("""
				INSERT INTO claim (id, shop_id, shipment_id, order_id, number, public_token, type, status, carrier,
				  description, declaration, value, currency, preferred_resolution, created_at, updated_at)
				VALUES (:id, :shop, :shipment, :order, :number, :token, :type, 'FILED', :carrier, :description,
				  :declaration, :value, :currency, :preferred, :now, :now)
				ON CONFLICT (shipment_id, type) WHERE status IN ('FILED', 'APPROVED') DO NOTHING
				""")
			.param("id", row.id().value())
			.param("shop", row.shop().value())
			.param("shipment", row.shipment().value())
			.param("order", row.order().value())
			.param("number", row.number())
			.param("token", row.token())
			.param("type", row.type().name())
			.param("carrier", row.carrier().value())
			.param("description", row.description())
			.param("declaration", row.declaration())
			.param("value", row.value())
			.param("currency", row.currency())
			.param("preferred", (row.preferredResolution() != null) ? row.preferredResolution().name() : null)
			.param("now", Timestamp.from(row.now()))
			.update();
		if (inserted == 0) {
			return false;
		}
		int line = 0;
		for (Claim.Item item : row.items()) {
			this.jdbc.sql("""
					INSERT INTO claim_item (shop_id, claim_id, line_no, sku, name, quantity)
					VALUES (:shop, :claim, :line, :sku, :name, :quantity)
					""")
				.param("shop", row.shop().value())
				.param("claim", row.id().value())
				.param("line", line++)
				.param("sku", item.sku())
				.param("name", item.name())
				.param("quantity", item.quantity())
				.update();
		}
		for (PhotoFile photo : row.photos()) {
			this.jdbc.sql("""
					INSERT INTO claim_photo (shop_id, claim_id, position, content_type, size, bytes)
					VALUES (:shop, :claim, :position, :type, :size, :bytes)
					""")
				.param("shop", row.shop().value())
				.param("claim", row.id().value())
				.param("position", photo.position())
				.param("type", photo.contentType())
				.param("size", photo.bytes().length)
				.param("bytes", photo.bytes())
				.update();
		}
		return true;
	}

	public void addStep(ShopId shop, ClaimId id, Claim.Step step) {
		this.jdbc.sql("""
				INSERT INTO claim_history (shop_id, claim_id, at, status, note, actor)
				VALUES (:shop, :claim, :at, :status, :note, :actor)
				""")
			.param("shop", shop.value())
			.param("claim", id.value())
			.param("at", Timestamp.from(step.at()))
			.param("status", step.status().name())
			.param("note", step.note())
			.param("actor", step.actor())
			.update();
	}

	public List<Claim.Step> history(ShopId shop, ClaimId id) {
		return this.jdbc.sql("SELECT * FROM claim_history WHERE shop_id = :shop AND claim_id = :claim ORDER BY at, id")
			.param("shop", shop.value())
			.param("claim", id.value())
			.query((rs, n) -> new Claim.Step(rs.getTimestamp("at").toInstant(),
					ClaimStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("actor")))
			.list();
	}

	/**
	 * Moves the claim on from {@code from} only: a decision taken twice at the same
	 * moment changes it once. Null fields are left as they are.
	 */
	public boolean transition(ShopId shop, ClaimId id, ClaimStatus from, ClaimStatus to, Changes changes, Instant now) {
		return this.jdbc.sql("""
				UPDATE claim SET status = :to, updated_at = :now,
				  rejection_reason = coalesce(:reason, rejection_reason),
				  resolution = coalesce(:resolution, resolution),
				  refund_amount = coalesce(:refund, refund_amount),
				  auto_approved = auto_approved OR :auto
				WHERE shop_id = :shop AND id = :id AND status = :from
				""")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("reason", changes.rejectionReason())
			.param("resolution", (changes.resolution() != null) ? changes.resolution().name() : null)
			.param("refund", changes.refundAmount())
			.param("auto", changes.autoApproved())
			.param("shop", shop.value())
			.param("id", id.value())
			.param("from", from.name())
			.update() == 1;
	}

	/** What a transition sets besides the status. */
	public record Changes(@Nullable String rejectionReason, @Nullable Resolution resolution,
			@Nullable BigDecimal refundAmount, boolean autoApproved) {

		public static final Changes NONE = new Changes(null, null, null, false);

	}

	public Optional<Claim> find(ShopId shop, ClaimId id) {
		return load(this.jdbc.sql("SELECT * FROM claim WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id.value())
			.query(ClaimRepository::mapRow)
			.list()).stream().findFirst();
	}

	/** The claim behind a shopper's link, whichever shop it belongs to. */
	public Optional<Claim> findByToken(String token) {
		return load(this.jdbc.sql("SELECT * FROM claim WHERE public_token = :token")
			.param("token", token)
			.query(ClaimRepository::mapRow)
			.list()).stream().findFirst();
	}

	public List<Claim> forShipment(ShopId shop, ShipmentId shipment) {
		return load(this.jdbc
			.sql("SELECT * FROM claim WHERE shop_id = :shop AND shipment_id = :shipment ORDER BY created_at DESC")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query(ClaimRepository::mapRow)
			.list());
	}

	/**
	 * Whether the order has a claim the merchant still owes an answer or a resolution.
	 */
	public boolean anyOpenForOrder(ShopId shop, OrderId order) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM claim WHERE shop_id = :shop AND order_id = :order"
					+ " AND status IN ('FILED', 'APPROVED'))")
			.param("shop", shop.value())
			.param("order", order.value())
			.query(Boolean.class)
			.single();
	}

	/** The shop's newest claims, optionally of one status and type. */
	public List<Claim> search(ShopId shop, @Nullable ClaimStatus status, @Nullable ClaimType type, int limit) {
		StringBuilder where = new StringBuilder("shop_id = :shop");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("shop", shop.value());
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		if (type != null) {
			where.append(" AND type = :type");
			params.put("type", type.name());
		}
		return load(this.jdbc.sql("SELECT * FROM claim WHERE " + where + " ORDER BY created_at DESC, id LIMIT :limit")
			.params(params)
			.param("limit", limit)
			.query(ClaimRepository::mapRow)
			.list());
	}

	public Optional<PhotoFile> photo(ShopId shop, ClaimId id, int position) {
		return this.jdbc.sql("""
				SELECT position, content_type, bytes FROM claim_photo
				WHERE shop_id = :shop AND claim_id = :claim AND position = :position
				""")
			.param("shop", shop.value())
			.param("claim", id.value())
			.param("position", position)
			.query(PHOTO)
			.optional();
	}

	public List<PhotoFile> photos(ShopId shop, ClaimId id) {
		return this.jdbc.sql("""
				SELECT position, content_type, bytes FROM claim_photo
				WHERE shop_id = :shop AND claim_id = :claim ORDER BY position
				""").param("shop", shop.value()).param("claim", id.value()).query(PHOTO).list();
	}

	/** Rows of a child table per claim, every claim present (empty when it has none). */
	private <T> Map<UUID, List<T>> children(String sql, ShopId shop, List<UUID> ids, RowMapper<T> mapper) {
		Map<UUID, List<T>> children = new LinkedHashMap<>();
		ids.forEach(id -> children.put(id, new ArrayList<>()));
		this.jdbc.sql(sql).param("shop", shop.value()).param("ids", ids).query((rs, n) -> {
			children.get(rs.getObject("claim_id", UUID.class)).add(mapper.mapRow(rs, n));
			return null;
		}).list();
		return children;
	}

	private static final RowMapper<PhotoFile> PHOTO = (rs, n) -> new PhotoFile(rs.getInt("position"),
			rs.getString("content_type"), rs.getBytes("bytes"));

	private static Claim mapRow(ResultSet rs, int row) throws SQLException {
		String preferred = rs.getString("preferred_resolution");
		String resolution = rs.getString("resolution");
		return new Claim(new ClaimId(rs.getObject("id", UUID.class)), new ShopId(rs.getObject("shop_id", UUID.class)),
				new ShipmentId(rs.getObject("shipment_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("number"), rs.getString("public_token"),
				ClaimType.valueOf(rs.getString("type")), ClaimStatus.valueOf(rs.getString("status")),
				new CarrierCode(rs.getString("carrier")), rs.getString("description"), rs.getString("declaration"),
				List.of(), rs.getBigDecimal("value"), rs.getString("currency"),
				(preferred != null) ? Resolution.valueOf(preferred) : null, rs.getString("rejection_reason"),
				(resolution != null) ? Resolution.valueOf(resolution) : null, rs.getBigDecimal("refund_amount"),
				rs.getBoolean("auto_approved"), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** Adds items and photo facts to the rows: two queries however many claims. */
	private List<Claim> load(List<Claim> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		ShopId shop = rows.getFirst().shopId();
		List<UUID> ids = rows.stream().map(claim -> claim.id().value()).toList();
		Map<UUID, List<Claim.Item>> items = children("""
				SELECT claim_id, sku, name, quantity FROM claim_item
				WHERE shop_id = :shop AND claim_id IN (:ids) ORDER BY claim_id, line_no
				""", shop, ids,
				(rs, n) -> new Claim.Item(rs.getString("sku"), rs.getString("name"), rs.getInt("quantity")));
		Map<UUID, List<Claim.Photo>> photos = children("""
				SELECT claim_id, position, content_type, size FROM claim_photo
				WHERE shop_id = :shop AND claim_id IN (:ids) ORDER BY claim_id, position
				""", shop, ids,
				(rs, n) -> new Claim.Photo(rs.getInt("position"), rs.getString("content_type"), rs.getInt("size")));
		return rows.stream()
			.map(c -> new Claim(c.id(), c.shopId(), c.shipmentId(), c.orderId(), c.number(), c.publicToken(), c.type(),
					c.status(), c.carrier(), c.description(), c.declaration(), List.copyOf(items.get(c.id().value())),
					c.value(), c.currency(), c.preferredResolution(), c.rejectionReason(), c.resolution(),
					c.refundAmount(), c.autoApproved(), List.copyOf(photos.get(c.id().value())), c.createdAt(),
					c.updatedAt()))
			.toList();
	}

}
