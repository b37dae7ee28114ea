package dev.doorstep.order.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderPage;
import dev.doorstep.order.OrderQuery;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code orders} and {@code order_item}. Every statement filters by shop.
 */
@Repository
public class OrderRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrderRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Money is kept to the cent and emails in lower case, so a resend compares equal to
	 * what was stored.
	 */
	public static OrderDraft normalize(OrderDraft draft) {
		Order.Customer c = draft.customer();
		Order.Customer customer = new Order.Customer(
				c.email() == null ? null : c.email().trim().toLowerCase(Locale.ROOT), c.phone(), c.firstName(),
				c.lastName(), (c.id() == null || c.id().isBlank()) ? null : c.id().strip());
		List<Order.LineItem> items = draft.items()
			.stream()
			.map(i -> new Order.LineItem(i.sku(), i.name(), i.category(), i.variant(), i.quantity(),
					money(i.unitPrice()), i.imageUrl(), i.productUrl(), i.finalSale()))
			.toList();
		return new OrderDraft(draft.externalId(), draft.orderNumber(),
				draft.placedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
				draft.currency().toUpperCase(Locale.ROOT), draft.locale(), customer, draft.shippingAddress(), items,
				money(draft.total()), draft.protection());
	}

	/** SHA-256 (hex) of the trimmed, lower-cased email; null without one. */
	public static @Nullable String emailKey(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * A customer's newest orders: by the shop's customer id, or by the SHA-256 of the
	 * email ({@link #emailKey}).
	 */
	public List<Order> recentForCustomer(ShopId shop, @Nullable String customerRef, @Nullable String emailKey,
			int limit) {
		if (customerRef == null && emailKey == null) {
			return List.of();
		}
		String column = (customerRef != null) ? "customer_ref" : "customer_email_key";
		List<Row> rows = this.jdbc
			.sql("SELECT * FROM orders WHERE shop_id = :shop AND " + column
					+ " = :key ORDER BY placed_at DESC LIMIT :limit")
			.param("shop", shop.value())
			.param("key", (customerRef != null) ? customerRef : emailKey)
			.param("limit", limit)
			.query(OrderRepository::mapRow)
			.list();
		return load(rows, shop);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	public Optional<Order> insertIfAbsent(ShopId shop, OrderDraft raw) {
		return insertIfAbsent(shop, raw, false);
	}

	/**
	 * @param imported an order from the shop's history ({@code doorstep.jar import}), not
	 * one placed now
	 */
	public Optional<Order> insertIfAbsent(ShopId shop, OrderDraft raw, boolean imported) {
		OrderDraft draft = normalize(raw);
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		Optional<UUID> inserted = this.jdbc
			.sql("""
					INSERT INTO orders (id, shop_id, external_id, order_number, placed_at, currency, locale, customer_email,
					  customer_phone, customer_first_name, customer_last_name, ship_line1, ship_line2, ship_postcode,
					  ship_city, ship_country, total, protection, status, created_at, updated_at, customer_ref,
					  customer_email_key, imported)
					VALUES (:id, :shop, :externalId, :orderNumber, :placedAt, :currency, :locale, :email, :phone, :firstName,
					  :lastName, :line1, :line2, :postcode, :city, :country, :total, :protection, 'PLACED', :now, :now,
					  :customerRef, :emailKey, :imported)
					ON CONFLICT (shop_id, external_id) DO NOTHING
					RETURNING id
					""")
			.param("id", id)
			.param("shop", shop.value())
			.params(fields(draft))
			.param("now", now)
			.param("imported", imported)
			.query(UUID.class)
			.optional();
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		insertItems(shop, id, draft.items());
		return find(shop, new OrderId(id));
	}

	public void update(OrderId id, ShopId shop, OrderDraft raw) {
		OrderDraft draft = normalize(raw);
		this.jdbc.sql("""
				UPDATE orders SET order_number = :orderNumber, placed_at = :placedAt, currency = :currency,
				  locale = :locale, customer_email = :email, customer_phone = :phone,
				  customer_first_name = :firstName, customer_last_name = :lastName, ship_line1 = :line1,
				  ship_line2 = :line2, ship_postcode = :postcode, ship_city = :city, ship_country = :country,
				  total = :total, protection = :protection, updated_at = :now, customer_ref = :customerRef,
				  customer_email_key = :emailKey
				WHERE id = :id AND shop_id = :shop
				""")
			.param("id", id.value())
			.param("shop", shop.value())
			.params(fields(draft))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("DELETE FROM order_item WHERE order_id = :id AND shop_id = :shop")
			.param("id", id.value())
			.param("shop", shop.value())
			.update();
		insertItems(shop, id.value(), draft.items());
	}

	private static Map<String, @Nullable Object> fields(OrderDraft draft) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("externalId", draft.externalId());
		fields.put("orderNumber", draft.orderNumber());
		fields.put("placedAt", Timestamp.from(draft.placedAt()));
		fields.put("currency", draft.currency());
		fields.put("locale", draft.locale());
		fields.put("email", draft.customer().email());
		fields.put("phone", draft.customer().phone());
		fields.put("firstName", draft.customer().firstName());
		fields.put("lastName", draft.customer().lastName());
		fields.put("customerRef", draft.customer().id());
		fields.put("emailKey", emailKey(draft.customer().email()));
		Order.Address address = draft.shippingAddress();
		fields.put("line1", address == null ? null : address.line1());
		fields.put("line2", address == null ? null : address.line2());
		fields.put("postcode", address == null ? null : address.postcode());
		fields.put("city", address == null ? null : address.city());
		fields.put("country", address == null ? null : address.country());
		fields.put("total", draft.total());
		fields.put("protection", draft.protection());
		return fields;
	}

	private void insertItems(ShopId shop, UUID orderId, List<Order.LineItem> items) {
		int line = 0;
		for (Order.LineItem item : items) {
			this.jdbc.sql("""
					INSERT INTO order_item (shop_id, order_id, line_no, sku, name, category, variant, quantity,
					  unit_price, image_url, product_url, final_sale)
					VALUES (:shop, :order, :line, :sku, :name, :category, :variant, :quantity, :price, :image, :url,
					  :finalSale)
					""")
				.param("shop", shop.value())
				.param("order", orderId)
				.param("line", line++)
				.param("sku", item.sku())
				.param("name", item.name())
				.param("category", item.category())
				.param("variant", item.variant())
				.param("quantity", item.quantity())
				.param("price", item.unitPrice())
				.param("image", item.imageUrl())
				.param("url", item.productUrl())
				.param("finalSale", item.finalSale())
				.update();
		}
	}

	public Optional<Order> lockByExternalId(ShopId shop, String externalId) {
		Optional<UUID> id = this.jdbc
			.sql("SELECT id FROM orders WHERE shop_id = :shop AND external_id = :externalId FOR UPDATE")
			.param("shop", shop.value())
			.param("externalId", externalId)
			.query(UUID.class)
			.optional();
		return id.flatMap(value -> find(shop, new OrderId(value)));
	}

	public Optional<Order> findByExternalId(ShopId shop, String externalId) {
		return load(this.jdbc.sql("SELECT * FROM orders WHERE shop_id = :shop AND external_id = :externalId")
			.param("shop", shop.value())
			.param("externalId", externalId)
			.query(OrderRepository::mapRow)
			.list(), shop).stream().findFirst();
	}

	/** The order behind a public token, whichever shop it belongs to. */
	public Optional<Order> findByPublicToken(String token) {
		return this.jdbc.sql("SELECT shop_id, id FROM orders WHERE public_token = :token")
			.param("token", token)
			.query((rs, row) -> new TokenKey(new ShopId(rs.getObject("shop_id", java.util.UUID.class)),
					new OrderId(rs.getObject("id", java.util.UUID.class))))
			.optional()
			.flatMap(key -> find(key.shop(), key.id()));
	}

	private record TokenKey(ShopId shop, OrderId id) {
	}

	public Optional<String> publicToken(ShopId shop, OrderId id) {
		return this.jdbc.sql("SELECT public_token FROM orders WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	public Optional<Order> find(ShopId shop, OrderId id) {
		List<Order> found = load(this.jdbc.sql("SELECT * FROM orders WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id.value())
			.query(OrderRepository::mapRow)
			.list(), shop);
		return found.stream().findFirst();
	}

	public List<Order> findAll(ShopId shop, Collection<OrderId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return load(this.jdbc.sql("SELECT * FROM orders WHERE shop_id = :shop AND id IN (:ids)")
			.param("shop", shop.value())
			.param("ids", ids.stream().map(OrderId::value).distinct().toList())
			.query(OrderRepository::mapRow)
			.list(), shop);
	}

	public List<Order> findByNumber(ShopId shop, String orderNumber) {
		return load(this.jdbc.sql("""
				SELECT * FROM orders WHERE shop_id = :shop AND lower(order_number) = lower(:number)
				ORDER BY placed_at DESC LIMIT 5
				""")
			.param("shop", shop.value())
			.param("number", orderNumber.trim())
			.query(OrderRepository::mapRow)
			.list(), shop);
	}

	public OrderPage search(ShopId shop, OrderQuery query) {
		StringBuilder where = new StringBuilder("shop_id = :shop");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("shop", shop.value());
		if (query.orderNumber() != null && !query.orderNumber().isBlank()) {
			where.append(" AND lower(order_number) = lower(:number)");
			params.put("number", query.orderNumber().trim());
		}
		if (query.status() != null) {
			where.append(" AND status = :status");
			params.put("status", query.status().name());
		}
		if (query.text() != null && !query.text().isBlank()) {
			where.append(" AND (lower(order_number) LIKE :text OR lower(external_id) LIKE :text"
					+ " OR lower(customer_email) LIKE :text"
					+ " OR lower(coalesce(customer_first_name, '') || ' ' || coalesce(customer_last_name, '')) LIKE :text)");
			params.put("text", "%" + query.text().trim().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
		}
		long total = this.jdbc.sql("SELECT count(*) FROM orders WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Order> orders = load(this.jdbc
			.sql("SELECT * FROM orders WHERE " + where + " ORDER BY placed_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(OrderRepository::mapRow)
			.list(), shop);
		return new OrderPage(orders, query.page(), query.size(), total);
	}

	public void updateStatus(ShopId shop, OrderId id, OrderStatus status) {
		this.jdbc.sql("""
				UPDATE orders SET status = :status, updated_at = :now
				WHERE shop_id = :shop AND id = :id AND status <> 'CANCELLED' AND status <> :status
				""")
			.param("status", status.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id.value())
			.update();
	}

	public void cancel(ShopId shop, OrderId id) {
		this.jdbc.sql("UPDATE orders SET status = 'CANCELLED', updated_at = :now WHERE shop_id = :shop AND id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("shop", shop.value())
			.param("id", id.value())
			.update();
	}

	private record Row(UUID id, String externalId, String orderNumber, Timestamp placedAt, String currency,
			@Nullable String locale, Order.Customer customer, Order.@Nullable Address address, BigDecimal total,
			OrderStatus status, Timestamp createdAt, Timestamp updatedAt, boolean protection) {
	}

	private static Row mapRow(ResultSet rs, int row) throws SQLException {
		Order.Address address = null;
		if (rs.getString("ship_line1") != null || rs.getString("ship_postcode") != null
				|| rs.getString("ship_city") != null || rs.getString("ship_country") != null) {
			address = new Order.Address(rs.getString("ship_line1"), rs.getString("ship_line2"),
					rs.getString("ship_postcode"), rs.getString("ship_city"), rs.getString("ship_country"));
		}
		return new Row(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("order_number"),
				rs.getTimestamp("placed_at"), rs.getString("currency"), rs.getString("locale"),
				new Order.Customer(rs.getString("customer_email"), rs.getString("customer_phone"),
						rs.getString("customer_first_name"), rs.getString("customer_last_name"),
						rs.getString("customer_ref")),
				address, rs.getBigDecimal("total"), OrderStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at"), rs.getTimestamp("updated_at"), rs.getBoolean("protection"));
	}

	private List<Order> load(List<Row> rows, ShopId shop) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Order.LineItem>> items = new LinkedHashMap<>();
		rows.forEach(row -> items.put(row.id(), new ArrayList<>()));
		this.jdbc.sql("""
				SELECT * FROM order_item WHERE shop_id = :shop AND order_id IN (:ids) ORDER BY order_id, line_no
				""").param("shop", shop.value()).param("ids", List.copyOf(items.keySet())).query((rs, n) -> {
			items.get(rs.getObject("order_id", UUID.class))
				.add(new Order.LineItem(rs.getString("sku"), rs.getString("name"), rs.getString("category"),
						rs.getString("variant"), rs.getInt("quantity"), rs.getBigDecimal("unit_price"),
						rs.getString("image_url"), rs.getString("product_url"), rs.getBoolean("final_sale")));
			return null;
		}).list();
		return rows.stream()
			.map(row -> new Order(new OrderId(row.id()), shop, row.externalId(), row.orderNumber(),
					row.placedAt().toInstant(), row.currency(), row.locale(), row.customer(), row.address(),
					List.copyOf(items.get(row.id())), row.total(), row.status(), row.createdAt().toInstant(),
					row.updatedAt().toInstant(), row.protection()))
			.toList();
	}

}
