package dev.doorstep.insert.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.insert.DiscountCode;
import dev.doorstep.insert.InsertSettings;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Discount codes and insert settings; every statement names the shop. */
@Repository
public class CodeRepository {

	private final JdbcClient jdbc;

	CodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DiscountCode> forOrder(ShopId shop, OrderId order) {
		return this.jdbc.sql("SELECT * FROM discount_code WHERE shop_id = :shop AND order_id = :order")
			.param("shop", shop.value())
			.param("order", order.value())
			.query(CodeRepository::code)
			.optional();
	}

	/**
	 * Gives the order a generated code unless it has one.
	 * @return false when the code is taken (draw another) or the order already has one
	 */
	public boolean assignGenerated(ShopId shop, Order order, String code, InsertSettings terms, LocalDate validUntil,
			Instant now) {
		return this.jdbc.sql("""
				INSERT INTO discount_code (shop_id, code, source, order_id, order_number, discount_type,
				  discount_value, currency, valid_until, assigned_at, created_at)
				VALUES (:shop, :code, 'PATTERN', :order, :number, :type, :value, :currency, :until, :now, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("code", code)
			.param("order", order.id().value())
			.param("number", order.orderNumber())
			.param("type", terms.discountType().name())
			.param("value", terms.discountValue())
			.param("currency", terms.currency())
			.param("until", java.sql.Date.valueOf(validUntil))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Gives the order the oldest free pool code. Two packing stations at once never get
	 * the same code: the row is locked and skipped by the other.
	 */
	public Optional<String> assignFromPool(ShopId shop, Order order, InsertSettings terms, LocalDate validUntil,
			Instant now) {
		return this.jdbc.sql("""
				UPDATE discount_code SET order_id = :order, order_number = :number, discount_type = :type,
				  discount_value = :value, currency = :currency, valid_until = :until, assigned_at = :now
				WHERE shop_id = :shop AND code = (
				  SELECT code FROM discount_code WHERE shop_id = :shop AND order_id IS NULL
				  ORDER BY created_at, code LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING code
				""")
			.param("shop", shop.value())
			.param("order", order.id().value())
			.param("number", order.orderNumber())
			.param("type", terms.discountType().name())
			.param("value", terms.discountValue())
			.param("currency", terms.currency())
			.param("until", java.sql.Date.valueOf(validUntil))
			.param("now", Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	/**
	 * Adds pool codes; codes the shop already has (in the pool or given out) are skipped.
	 */
	public int addToPool(ShopId shop, List<String> codes, Instant now) {
		int added = 0;
		for (String code : codes) {
			added += this.jdbc.sql("""
					INSERT INTO discount_code (shop_id, code, source, created_at) VALUES (:shop, :code, 'POOL', :now)
					ON CONFLICT DO NOTHING
					""").param("shop", shop.value()).param("code", code).param("now", Timestamp.from(now)).update();
		}
		return added;
	}

	public int poolSize(ShopId shop) {
		return this.jdbc.sql("SELECT COUNT(*) FROM discount_code WHERE shop_id = :shop AND order_id IS NULL")
			.param("shop", shop.value())
			.query(Integer.class)
			.single();
	}

	/** Codes given out in {@code [from, to)}, in that order. */
	public List<DiscountCode> assigned(ShopId shop, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM discount_code WHERE shop_id = :shop AND order_id IS NOT NULL
				  AND assigned_at >= :from AND assigned_at < :to
				ORDER BY assigned_at, code
				""")
			.param("shop", shop.value())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(CodeRepository::code)
			.list();
	}

	public Optional<String> settings(ShopId shop) {
		return this.jdbc.sql("SELECT settings::text FROM insert_settings WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query(String.class)
			.optional();
	}

	public void saveSettings(ShopId shop, String json, Instant now) {
		this.jdbc.sql("""
				INSERT INTO insert_settings (shop_id, settings, updated_at) VALUES (:shop, CAST(:json AS jsonb), :now)
				ON CONFLICT (shop_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at
				""").param("shop", shop.value()).param("json", json).param("now", Timestamp.from(now)).update();
	}

	private static DiscountCode code(ResultSet rs, int row) throws SQLException {
		return new DiscountCode(rs.getString("code"), new OrderId(rs.getObject("order_id", UUID.class)),
				rs.getString("order_number"), InsertSettings.DiscountType.valueOf(rs.getString("discount_type")),
				rs.getBigDecimal("discount_value"), rs.getString("currency"), rs.getDate("valid_until").toLocalDate(),
				rs.getTimestamp("assigned_at").toInstant());
	}

}
