package dev.doorstep.insights.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the insights read models. Every statement is an upsert keyed by the event's
 * identity or natural key, written so that applying an event twice, or two events in
 * either order, ends in the same row.
 */
@Repository
class ReadModels {

	/** A flag of {@code insights_message}; the names are columns. */
	enum MessageFlag {

		SENT("sent"), DELIVERED("delivered"), OPENED("opened"), CLICKED("clicked"), BOUNCED("bounced"),
		FAILED("failed"), UNSUBSCRIBED("unsubscribed");

		private final String column;

		MessageFlag(String column) {
			this.column = column;
		}

	}

	/** An order line as sold, quantities of one SKU added up. */
	record SoldLine(String sku, @Nullable String category, int quantity) {
	}

	/** A returned line as requested. */
	record ReturnedLine(String sku, @Nullable String category, int quantity, String reason, String resolution) {
	}

	private final JdbcClient jdbc;

	ReadModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void order(ShopId shop, UUID order, @Nullable String customerKey, @Nullable String country,
			@Nullable String currency, @Nullable BigDecimal total, Instant placedAt, List<SoldLine> lines) {
		this.jdbc.sql("""
				INSERT INTO insights_order (shop_id, order_id, customer_key, country, currency, total, placed_at)
				VALUES (:shop, :order, :customer, :country, :currency, :total, :placed)
				ON CONFLICT (shop_id, order_id) DO UPDATE SET customer_key = excluded.customer_key,
				  country = excluded.country, currency = excluded.currency, total = excluded.total,
				  placed_at = excluded.placed_at
				""")
			.param("shop", shop.value())
			.param("order", order)
			.param("customer", customerKey)
			.param("country", country)
			.param("currency", currency)
			.param("total", total)
			.param("placed", Timestamp.from(placedAt))
			.update();
		for (SoldLine line : lines) {
			this.jdbc.sql("""
					INSERT INTO insights_order_line (shop_id, order_id, sku, category, quantity)
					VALUES (:shop, :order, :sku, :category, :quantity)
					ON CONFLICT (shop_id, order_id, sku) DO UPDATE SET category = excluded.category,
					  quantity = excluded.quantity
					""")
				.param("shop", shop.value())
				.param("order", order)
				.param("sku", line.sku())
				.param("category", line.category())
				.param("quantity", line.quantity())
				.update();
		}
	}

	void orderCancelled(ShopId shop, UUID order, Instant at) {
		this.jdbc.sql("UPDATE insights_order SET cancelled_at = :at WHERE shop_id = :shop AND order_id = :order")
			.param("at", Timestamp.from(at))
			.param("shop", shop.value())
			.param("order", order)
			.update();
	}

	void shipment(ShopId shop, UUID shipment, UUID order, String carrier, @Nullable String originCountry,
			@Nullable String country, @Nullable String zone, @Nullable LocalDate promised, @Nullable Instant shippedAt,
			Instant createdAt, @Nullable Instant deliveredAt) {
		this.jdbc.sql("""
				INSERT INTO insights_shipment (shop_id, shipment_id, order_id, carrier, origin_country, country, zone,
				  promised_date, shipped_at, created_at, delivered_at)
				VALUES (:shop, :shipment, :order, :carrier, :origin, :country, :zone, :promised, :shipped, :created,
				  :delivered)
				ON CONFLICT (shop_id, shipment_id) DO UPDATE SET carrier = excluded.carrier,
				  origin_country = excluded.origin_country, country = excluded.country, zone = excluded.zone,
				  promised_date = excluded.promised_date, shipped_at = excluded.shipped_at,
				  delivered_at = COALESCE(insights_shipment.delivered_at, excluded.delivered_at)
				""")
			.param("shop", shop.value())
			.param("shipment", shipment)
			.param("order", order)
			.param("carrier", carrier)
			.param("origin", originCountry)
			.param("country", country)
			.param("zone", zone)
			.param("promised", promised)
			.param("shipped", timestamp(shippedAt))
			.param("created", Timestamp.from(createdAt))
			.param("delivered", timestamp(deliveredAt))
			.update();
	}

	void window(ShopId shop, UUID shipment, Instant at, LocalDate earliest, LocalDate latest) {
		this.jdbc.sql("""
				INSERT INTO insights_window (shop_id, shipment_id, occurred_at, earliest, latest)
				VALUES (:shop, :shipment, :at, :earliest, :latest) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment)
			.param("at", Timestamp.from(at))
			.param("earliest", earliest)
			.param("latest", latest)
			.update();
	}

	void delayAlert(ShopId shop, UUID shipment, LocalDate promised, String reason, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_delay_alert (shop_id, shipment_id, promised_date, reason, raised_at)
				VALUES (:shop, :shipment, :promised, :reason, :at) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment)
			.param("promised", promised)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * The latest answer under a key counts; an older one arriving late changes nothing.
	 */
	void rating(ShopId shop, String kind, String key, UUID order, int score, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_rating (shop_id, kind, rating_key, order_id, score, answered_at)
				VALUES (:shop, :kind, :key, :order, :score, :at)
				ON CONFLICT (shop_id, kind, rating_key) DO UPDATE SET score = excluded.score,
				  answered_at = excluded.answered_at
				WHERE excluded.answered_at >= insights_rating.answered_at
				""")
			.param("shop", shop.value())
			.param("kind", kind)
			.param("key", key)
			.param("order", order)
			.param("score", score)
			.param("at", Timestamp.from(at))
			.update();
	}

	void returnRequested(ShopId shop, UUID returnId, UUID order, Instant at, String currency,
			List<ReturnedLine> lines) {
		upsertReturn(shop, returnId, order, "requested_at = LEAST(insights_return.requested_at, excluded.requested_at)",
				Map.of("requested_at", Timestamp.from(at), "currency", currency));
		for (int i = 0; i < lines.size(); i++) {
			ReturnedLine line = lines.get(i);
			this.jdbc.sql("""
					INSERT INTO insights_return_line (shop_id, return_id, line_no, sku, category, quantity, reason,
					  resolution)
					VALUES (:shop, :return, :no, :sku, :category, :quantity, :reason, :resolution)
					ON CONFLICT DO NOTHING
					""")
				.param("shop", shop.value())
				.param("return", returnId)
				.param("no", i)
				.param("sku", line.sku())
				.param("category", line.category())
				.param("quantity", line.quantity())
				.param("reason", line.reason())
				.param("resolution", line.resolution())
				.update();
		}
	}

	void returnRejected(ShopId shop, UUID returnId, UUID order, Instant at) {
		upsertReturn(shop, returnId, order, "rejected_at = excluded.rejected_at",
				Map.of("rejected_at", Timestamp.from(at)));
	}

	void refundRequested(ShopId shop, UUID returnId, UUID order, BigDecimal refund, BigDecimal storeCredit,
			String currency, Instant at) {
		upsertReturn(shop, returnId, order,
				"refund = excluded.refund, store_credit = excluded.store_credit, "
						+ "refund_requested_at = excluded.refund_requested_at, currency = excluded.currency",
				Map.of("refund", refund, "store_credit", storeCredit, "refund_requested_at", Timestamp.from(at),
						"currency", currency));
	}

	void refundIssued(ShopId shop, UUID returnId, UUID order, BigDecimal amount, String currency, Instant at) {
		upsertReturn(shop, returnId, order,
				"refund_issued = excluded.refund_issued, refund_issued_at = excluded.refund_issued_at, "
						+ "currency = excluded.currency",
				Map.of("refund_issued", amount, "refund_issued_at", Timestamp.from(at), "currency", currency));
	}

	/**
	 * Inserts the return with the given columns, or sets them on the existing row. Column
	 * names come from this class only, never from an event.
	 */
	private void upsertReturn(ShopId shop, UUID returnId, UUID order, String update, Map<String, Object> columns) {
		StringBuilder names = new StringBuilder("shop_id, return_id, order_id");
		StringBuilder values = new StringBuilder(":shop, :return, :order");
		columns.keySet().forEach(column -> {
			names.append(", ").append(column);
			values.append(", :").append(column);
		});
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("INSERT INTO insights_return (" + names + ") VALUES (" + values
					+ ") ON CONFLICT (shop_id, return_id) DO UPDATE SET " + update)
			.param("shop", shop.value())
			.param("return", returnId)
			.param("order", order);
		for (Map.Entry<String, Object> column : columns.entrySet()) {
			statement = statement.param(column.getKey(), column.getValue());
		}
		statement.update();
	}

	void message(ShopId shop, UUID message, UUID order, String journey, String channel, MessageFlag flag, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_message (shop_id, message_id, order_id, journey, channel, first_seen_at, %1$s)
				VALUES (:shop, :message, :order, :journey, :channel, :at, TRUE)
				ON CONFLICT (shop_id, message_id) DO UPDATE SET %1$s = TRUE,
				  first_seen_at = LEAST(insights_message.first_seen_at, excluded.first_seen_at)
				""".formatted(flag.column))
			.param("shop", shop.value())
			.param("message", message)
			.param("order", order)
			.param("journey", journey)
			.param("channel", channel)
			.param("at", Timestamp.from(at))
			.update();
	}

	void pageViews(ShopId shop, UUID shipment, Instant periodFrom, int views, Instant firstViewedAt) {
		this.jdbc.sql("""
				INSERT INTO insights_page_views (shop_id, shipment_id, period_from, views, first_viewed_at)
				VALUES (:shop, :shipment, :from, :views, :first) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment)
			.param("from", Timestamp.from(periodFrom))
			.param("views", views)
			.param("first", Timestamp.from(firstViewedAt))
			.update();
	}

	/**
	 * A claim event: the furthest outcome wins (filed, then approved or rejected, then
	 * resolved), whatever order the events come in.
	 */
	void claim(ShopId shop, UUID claim, UUID shipment, UUID order, String type, String carrier, String currency,
			BigDecimal value, Instant at, String outcome, int rank, @Nullable String resolution,
			@Nullable BigDecimal refund) {
		this.jdbc.sql("""
				INSERT INTO insights_claim (shop_id, claim_id, shipment_id, order_id, type, carrier, currency, value,
				  filed_at, outcome, outcome_rank, resolution, refund)
				VALUES (:shop, :claim, :shipment, :order, :type, :carrier, :currency, :value, :at, :outcome, :rank,
				  :resolution, :refund)
				ON CONFLICT (shop_id, claim_id) DO UPDATE SET
				  filed_at = LEAST(insights_claim.filed_at, excluded.filed_at),
				  outcome = CASE WHEN excluded.outcome_rank > insights_claim.outcome_rank THEN excluded.outcome
				    ELSE insights_claim.outcome END,
				  outcome_rank = GREATEST(insights_claim.outcome_rank, excluded.outcome_rank),
				  resolution = COALESCE(excluded.resolution, insights_claim.resolution),
				  refund = COALESCE(excluded.refund, insights_claim.refund)
				""")
			.param("shop", shop.value())
			.param("claim", claim)
			.param("shipment", shipment)
			.param("order", order)
			.param("type", type)
			.param("carrier", carrier)
			.param("currency", currency)
			.param("value", value)
			.param("at", Timestamp.from(at))
			.param("outcome", outcome)
			.param("rank", rank)
			.param("resolution", resolution)
			.param("refund", refund)
			.update();
	}

	void recommendationClick(ShopId shop, UUID order, String sku, String surface, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_reco_click (shop_id, order_id, sku, surface, clicked_at)
				VALUES (:shop, :order, :sku, :surface, :at) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("order", order)
			.param("sku", sku)
			.param("surface", surface)
			.param("at", Timestamp.from(at))
			.update();
	}

	void attributedRevenue(ShopId shop, UUID order, String sku, String surface, Instant clickedAt, BigDecimal revenue,
			String currency) {
		this.jdbc.sql("""
				INSERT INTO insights_reco_revenue (shop_id, order_id, sku, surface, clicked_at, revenue, currency)
				VALUES (:shop, :order, :sku, :surface, :at, :revenue, :currency) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("order", order)
			.param("sku", sku)
			.param("surface", surface)
			.param("at", Timestamp.from(clickedAt))
			.param("revenue", revenue)
			.param("currency", currency)
			.update();
	}

	/**
	 * One stored answer; the first delivery of the event wins, a repeat changes nothing.
	 */
	void supportAnswer(ShopId shop, UUID conversation, String intent, String channel, boolean handedOver, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_support_answer (shop_id, conversation_id, intent, channel, handed_over,
				  answered_at)
				VALUES (:shop, :conversation, :intent, :channel, :handedOver, :at) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("conversation", conversation)
			.param("intent", intent)
			.param("channel", channel)
			.param("handedOver", handedOver)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** One confirmed hand-over; a repeat changes nothing. */
	void supportHandover(ShopId shop, UUID handover, String intent, String channel, Instant at) {
		this.jdbc.sql("""
				INSERT INTO insights_support_handover (shop_id, handover_id, intent, channel, handed_over_at)
				VALUES (:shop, :handover, :intent, :channel, :at) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("handover", handover)
			.param("intent", intent)
			.param("channel", channel)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
