package dev.doorstep.returns.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnHistoryEntry;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnQuery;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The return tables; every statement names the shop except the look-up by public token.
 */
@Repository
public class ReturnRepository {

	private final JdbcClient jdbc;

	ReturnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A photo as stored. */
	public record StoredPhoto(UUID id, int lineNo, String contentType, byte[] bytes) {
	}

	/**
	 * Inserts the return unless its RMA is taken in the shop.
	 * @return false when the RMA exists (pick another and retry)
	 */
	public boolean insert(ReturnRequest request, @Nullable String idempotencyKey, Instant now) {
		ReturnQuote quote = request.quote();
		int inserted = this.jdbc.sql("""
				INSERT INTO return_request (id, shop_id, order_id, order_number, rma, token, status, method, store_id,
				  locale, idempotency_key, currency, items_value, refund, store_credit, store_credit_bonus,
				  exchange_difference, fee, amount_due, ships_back, created_at, updated_at)
				VALUES (:id, :shop, :order, :number, :rma, :token, :status, :method, :store, :locale, :key, :currency,
				  :value, :refund, :credit, :bonus, :difference, :fee, :due, :shipsBack, :now, :now)
				ON CONFLICT (shop_id, rma) DO NOTHING
				""")
			.param("id", request.id())
			.param("shop", request.shopId().value())
			.param("order", request.orderId().value())
			.param("number", request.orderNumber())
			.param("rma", request.rma())
			.param("token", request.token())
			.param("status", request.status().name())
			.param("method", request.method() == null ? null : request.method().name())
			.param("store", request.storeId())
			.param("locale", request.locale())
			.param("key", idempotencyKey)
			.param("currency", quote.currency())
			.param("value", quote.itemsValue())
			.param("refund", quote.refund())
			.param("credit", quote.storeCredit())
			.param("bonus", quote.storeCreditBonus())
			.param("difference", quote.exchangeDifference())
			.param("fee", quote.fee())
			.param("due", quote.amountDue())
			.param("shipsBack", quote.shipsBack())
			.param("now", utc(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		for (ReturnRequest.Line line : request.lines()) {
			this.jdbc.sql("""
					INSERT INTO return_line (return_id, shop_id, line_no, sku, name, variant, category, quantity,
					  unit_price, reason, comment, resolution, exchange_sku, exchange_variant, exchange_price)
					VALUES (:id, :shop, :line, :sku, :name, :variant, :category, :quantity, :price, :reason, :comment,
					  :resolution, :exchangeSku, :exchangeVariant, :exchangePrice)
					""")
				.param("id", request.id())
				.param("shop", request.shopId().value())
				.param("line", line.lineNo())
				.param("sku", line.sku())
				.param("name", line.name())
				.param("variant", line.variant())
				.param("category", line.category())
				.param("quantity", line.quantity())
				.param("price", line.unitPrice())
				.param("reason", line.reason().name())
				.param("comment", line.comment())
				.param("resolution", line.resolution().name())
				.param("exchangeSku", line.exchangeSku())
				.param("exchangeVariant", line.exchangeVariant())
				.param("exchangePrice", line.exchangePrice())
				.update();
		}
		return true;
	}

	public void insertPhoto(ShopId shop, UUID returnId, int lineNo, String contentType, byte[] bytes) {
		this.jdbc.sql("""
				INSERT INTO return_photo (id, return_id, shop_id, line_no, content_type, bytes)
				VALUES (:id, :return, :shop, :line, :type, :bytes)
				""")
			.param("id", UUID.randomUUID())
			.param("return", returnId)
			.param("shop", shop.value())
			.param("line", lineNo)
			.param("type", contentType)
			.param("bytes", bytes)
			.update();
	}

	public List<StoredPhoto> photos(ShopId shop, UUID returnId) {
		return this.jdbc.sql("""
				SELECT id, line_no, content_type, bytes FROM return_photo
				WHERE shop_id = :shop AND return_id = :return ORDER BY line_no, id
				""")
			.param("shop", shop.value())
			.param("return", returnId)
			.query((rs, n) -> new StoredPhoto(rs.getObject("id", UUID.class), rs.getInt("line_no"),
					rs.getString("content_type"), rs.getBytes("bytes")))
			.list();
	}

	public void history(ShopId shop, UUID returnId, ReturnStatus status, @Nullable String note, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO return_history (return_id, shop_id, at, status, note) VALUES (:return, :shop, :at, :status, :note)
					""")
			.param("return", returnId)
			.param("shop", shop.value())
			.param("at", utc(at))
			.param("status", status.name())
			.param("note", note)
			.update();
	}

	public List<ReturnHistoryEntry> history(ShopId shop, UUID returnId) {
		return this.jdbc.sql("""
				SELECT at, status, note FROM return_history WHERE shop_id = :shop AND return_id = :return
				ORDER BY at, status
				""")
			.param("shop", shop.value())
			.param("return", returnId)
			.query((rs, n) -> new ReturnHistoryEntry(rs.getTimestamp("at").toInstant(),
					ReturnStatus.valueOf(rs.getString("status")), rs.getString("note")))
			.list();
	}

	public Optional<ReturnRequest> find(ShopId shop, UUID id) {
		return load(this.jdbc.sql("SELECT * FROM return_request WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(ReturnRepository::row)
			.list()).stream().findFirst();
	}

	/** The return behind a public link, whichever shop it belongs to. */
	public Optional<ReturnRequest> findByToken(String token) {
		return load(this.jdbc.sql("SELECT * FROM return_request WHERE token = :token")
			.param("token", token)
			.query(ReturnRepository::row)
			.list()).stream().findFirst();
	}

	public Optional<ReturnRequest> findByIdempotencyKey(ShopId shop, String key) {
		return load(this.jdbc.sql("SELECT * FROM return_request WHERE shop_id = :shop AND idempotency_key = :key")
			.param("shop", shop.value())
			.param("key", key)
			.query(ReturnRepository::row)
			.list()).stream().findFirst();
	}

	public Optional<ReturnRequest> findByShipment(ShopId shop, UUID shipmentId) {
		return load(this.jdbc.sql("SELECT * FROM return_request WHERE shop_id = :shop AND shipment_id = :shipment")
			.param("shop", shop.value())
			.param("shipment", shipmentId)
			.query(ReturnRepository::row)
			.list()).stream().findFirst();
	}

	public List<ReturnRequest> forOrder(ShopId shop, OrderId order) {
		return load(this.jdbc.sql("""
				SELECT * FROM return_request WHERE shop_id = :shop AND order_id = :order ORDER BY created_at, id
				""").param("shop", shop.value()).param("order", order.value()).query(ReturnRepository::row).list());
	}

	/**
	 * Pieces per SKU of the order in returns that were not rejected. Locks the order's
	 * returns so two requests at once cannot both take the last piece.
	 */
	public Map<String, Integer> returnedQuantities(ShopId shop, OrderId order, boolean lock) {
		if (lock) {
			// A transaction-scoped advisory lock per order: rows that do not exist yet
			// cannot be locked with FOR UPDATE.
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
				.param("key", "return:" + shop.value() + ":" + order.value())
				.query()
				.singleRow();
		}
		Map<String, Integer> quantities = new HashMap<>();
		this.jdbc.sql("""
				SELECT l.sku, SUM(l.quantity) AS quantity FROM return_line l
				JOIN return_request r ON r.id = l.return_id
				WHERE r.shop_id = :shop AND l.shop_id = :shop AND r.order_id = :order AND r.status <> 'REJECTED'
				GROUP BY l.sku
				""").param("shop", shop.value()).param("order", order.value()).query((rs, n) -> {
			quantities.put(rs.getString("sku"), rs.getInt("quantity"));
			return null;
		}).list();
		return quantities;
	}

	public ReturnPage list(ShopId shop, ReturnQuery query, Instant now) {
		StringBuilder where = new StringBuilder("r.shop_id = :shop");
		Map<String, Object> params = new HashMap<>();
		params.put("shop", shop.value());
		if (!query.statuses().isEmpty()) {
			where.append(" AND r.status IN (:statuses)");
			params.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.reason() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM return_line l WHERE l.return_id = r.id AND l.shop_id = :shop"
					+ " AND l.reason = :reason)");
			params.put("reason", query.reason().name());
		}
		if (query.olderThanDays() != null) {
			where.append(" AND r.created_at < :before");
			params.put("before", utc(now.minus(java.time.Duration.ofDays(query.olderThanDays()))));
		}
		if (query.orderId() != null) {
			where.append(" AND r.order_id = :order");
			params.put("order", query.orderId().value());
		}
		if (query.search() != null && !query.search().isBlank()) {
			where.append(" AND (r.rma ILIKE :search OR r.order_number ILIKE :search)");
			params.put("search", "%" + query.search().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM return_request r WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<Row> rows = this.jdbc
			.sql("SELECT r.* FROM return_request r WHERE " + where
					+ " ORDER BY r.created_at DESC, r.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(ReturnRepository::row)
			.list();
		return new ReturnPage(load(rows), total);
	}

	/** One page of returns and how many match in all. */
	public record ReturnPage(List<ReturnRequest> returns, long total) {
	}

	/**
	 * Moves the return on when it is in one of {@code from}: a concurrent change loses
	 * instead of overwriting.
	 */
	public boolean transition(ShopId shop, UUID id, Collection<ReturnStatus> from, ReturnStatus to, Instant now) {
		return this.jdbc.sql("""
				UPDATE return_request SET status = :to, updated_at = :now
				WHERE shop_id = :shop AND id = :id AND status IN (:from)
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.param("to", to.name())
			.param("now", utc(now))
			.update() == 1;
	}

	public void reject(ShopId shop, UUID id, String reason) {
		this.jdbc.sql("UPDATE return_request SET rejection_reason = :reason WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.param("reason", reason)
			.update();
	}

	public void inspect(ShopId shop, UUID id, int lineNo, int received, ReturnRequest.Condition condition,
			boolean restock) {
		this.jdbc.sql("""
				UPDATE return_line SET received_quantity = :received, condition = :condition, restock = :restock
				WHERE shop_id = :shop AND return_id = :id AND line_no = :line
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("line", lineNo)
			.param("received", received)
			.param("condition", condition.name())
			.param("restock", restock)
			.update();
	}

	/** The amounts the shop settles at resolution, which may differ from the estimate. */
	public void settle(ShopId shop, UUID id, BigDecimal refund, BigDecimal storeCredit) {
		this.jdbc.sql("""
				UPDATE return_request SET refund = :refund, store_credit = :credit WHERE shop_id = :shop AND id = :id
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("refund", refund)
			.param("credit", storeCredit)
			.update();
	}

	public void refundIssued(ShopId shop, UUID id, BigDecimal amount, @Nullable String reference) {
		this.jdbc.sql("""
				UPDATE return_request SET refund_issued = :amount, refund_reference = :reference
				WHERE shop_id = :shop AND id = :id
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("amount", amount)
			.param("reference", reference)
			.update();
	}

	/** Links the return parcel; a carrier's own label is kept for later downloads. */
	public void parcel(ShopId shop, UUID id, String carrier, String trackingNumber, UUID shipmentId,
			byte @Nullable [] carrierLabel) {
		this.jdbc.sql("""
				UPDATE return_request SET carrier = :carrier, tracking_number = :tracking, shipment_id = :shipment,
				  carrier_label = COALESCE(:label, carrier_label)
				WHERE shop_id = :shop AND id = :id
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("carrier", carrier)
			.param("tracking", trackingNumber)
			.param("shipment", shipmentId)
			.param("label", carrierLabel)
			.update();
	}

	public Optional<byte[]> carrierLabel(ShopId shop, UUID id) {
		return this.jdbc.sql("""
				SELECT carrier_label FROM return_request
				WHERE shop_id = :shop AND id = :id AND carrier_label IS NOT NULL
				""").param("shop", shop.value()).param("id", id).query(byte[].class).optional();
	}

	public Optional<String> policy(ShopId shop) {
		return this.jdbc.sql("SELECT policy::text FROM return_policy WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query(String.class)
			.optional();
	}

	public void savePolicy(ShopId shop, String json, Instant now) {
		this.jdbc.sql("""
				INSERT INTO return_policy (shop_id, policy, updated_at) VALUES (:shop, CAST(:policy AS jsonb), :now)
				ON CONFLICT (shop_id) DO UPDATE SET policy = EXCLUDED.policy, updated_at = EXCLUDED.updated_at
				""").param("shop", shop.value()).param("policy", json).param("now", utc(now)).update();
	}

	private record Row(UUID id, ShopId shop, OrderId order, String orderNumber, String rma, String token,
			ReturnStatus status, @Nullable ReturnMethod method, @Nullable String storeId, String locale,
			ReturnQuote quote, @Nullable String rejectionReason, @Nullable BigDecimal refundIssued,
			@Nullable String refundReference, @Nullable String carrier, @Nullable String trackingNumber,
			@Nullable UUID shipmentId, Instant createdAt, Instant updatedAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String method = rs.getString("method");
		ReturnQuote quote = new ReturnQuote(rs.getString("currency"), rs.getBigDecimal("items_value"),
				rs.getBigDecimal("refund"), rs.getBigDecimal("store_credit"), rs.getBigDecimal("store_credit_bonus"),
				rs.getBigDecimal("exchange_difference"), rs.getBigDecimal("fee"), rs.getBigDecimal("amount_due"),
				rs.getBoolean("ships_back"));
		return new Row(rs.getObject("id", UUID.class), new ShopId(rs.getObject("shop_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("order_number"), rs.getString("rma"),
				rs.getString("token"), ReturnStatus.valueOf(rs.getString("status")),
				method == null ? null : ReturnMethod.valueOf(method), rs.getString("store_id"), rs.getString("locale"),
				quote, rs.getString("rejection_reason"), rs.getBigDecimal("refund_issued"),
				rs.getString("refund_reference"), rs.getString("carrier"), rs.getString("tracking_number"),
				rs.getObject("shipment_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private List<ReturnRequest> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<ReturnRequest.Line>> lines = new LinkedHashMap<>();
		rows.forEach(row -> lines.put(row.id(), new ArrayList<>()));
		Map<UUID, Map<Integer, Integer>> photos = new HashMap<>();
		ShopId shop = rows.getFirst().shop();
		this.jdbc.sql("""
				SELECT return_id, line_no, COUNT(*) AS photos FROM return_photo
				WHERE shop_id = :shop AND return_id IN (:ids) GROUP BY return_id, line_no
				""").param("shop", shop.value()).param("ids", List.copyOf(lines.keySet())).query((rs, n) -> {
			photos.computeIfAbsent(rs.getObject("return_id", UUID.class), id -> new HashMap<>())
				.put(rs.getInt("line_no"), rs.getInt("photos"));
			return null;
		}).list();
		this.jdbc.sql("""
				SELECT * FROM return_line WHERE shop_id = :shop AND return_id IN (:ids) ORDER BY return_id, line_no
				""").param("shop", shop.value()).param("ids", List.copyOf(lines.keySet())).query((rs, n) -> {
			UUID id = rs.getObject("return_id", UUID.class);
			int lineNo = rs.getInt("line_no");
			String condition = rs.getString("condition");
			Integer received = (Integer) rs.getObject("received_quantity");
			Boolean restock = (Boolean) rs.getObject("restock");
			lines.get(id)
				.add(new ReturnRequest.Line(lineNo, rs.getString("sku"), rs.getString("name"), rs.getString("variant"),
						rs.getString("category"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
						ReturnReason.valueOf(rs.getString("reason")), rs.getString("comment"),
						Resolution.valueOf(rs.getString("resolution")), rs.getString("exchange_sku"),
						rs.getString("exchange_variant"), rs.getBigDecimal("exchange_price"),
						photos.getOrDefault(id, Map.of()).getOrDefault(lineNo, 0), received,
						condition == null ? null : ReturnRequest.Condition.valueOf(condition), restock));
			return null;
		}).list();
		return rows.stream()
			.map(row -> new ReturnRequest(row.id(), row.shop(), row.order(), row.orderNumber(), row.rma(), row.token(),
					row.status(), row.method(), row.storeId(), row.locale(), row.quote(),
					List.copyOf(lines.get(row.id())), row.rejectionReason(), row.refundIssued(), row.refundReference(),
					row.carrier(), row.trackingNumber(), row.shipmentId(), row.createdAt(), row.updatedAt()))
			.toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
