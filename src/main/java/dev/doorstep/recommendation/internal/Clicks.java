package dev.doorstep.recommendation.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.RecommendationClicked;
import dev.doorstep.recommendation.RevenueAttributed;
import dev.doorstep.recommendation.Surface;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clicks on recommended products and the revenue they led to: an order whose shopper
 * (same normalized email, same shop) clicked one of its SKUs within {@link #WINDOW}
 * before placing it credits that line's value to the click's surface, once per click and
 * order and, when several clicks name the SKU, to the newest only.
 */
@Component
public class Clicks {

	/** How long after a click an order still counts as led by it. */
	public static final Duration WINDOW = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Clicks(JdbcClient jdbc, Orders orders, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/** Records a verified click; empty when its order no longer exists in its shop. */
	@Transactional
	public Optional<RecommendationClicked> record(ClickLinks.Click click) {
		Optional<Order> order = this.orders.find(click.shop(), click.order());
		if (order.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO recommendation_click (id, shop_id, order_id, sku, surface, email_key, at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), click.shop().value(), click.order().value(), click.sku(), click.surface().name(),
					emailKey(order.get().customer().email()), Timestamp.from(now))
			.update();
		RecommendationClicked clicked = new RecommendationClicked(click.shop(), click.order(), click.sku(),
				click.surface(), now);
		this.events.publishEvent(clicked);
		return Optional.of(clicked);
	}

	/**
	 * Credits the order's lines to the clicks that led to them; a repeat adds nothing.
	 */
	@Transactional
	public List<RevenueAttributed> attribute(ShopId shop, OrderId orderId) {
		Order order = this.orders.find(shop, orderId).orElse(null);
		String key = (order != null) ? emailKey(order.customer().email()) : null;
		if (order == null || key == null) {
			return List.of();
		}
		List<RevenueAttributed> attributed = new java.util.ArrayList<>();
		for (Order.LineItem item : order.items()) {
			Optional<ClickRow> click = this.jdbc.sql("""
					SELECT id, surface, at FROM recommendation_click
					WHERE shop_id = ? AND email_key = ? AND sku = ? AND order_id <> ? AND at <= ? AND at >= ?
					ORDER BY at DESC LIMIT 1""")
				.params(shop.value(), key, item.sku(), orderId.value(), Timestamp.from(order.placedAt()),
						Timestamp.from(order.placedAt().minus(WINDOW)))
				.query((rs, row) -> new ClickRow(rs.getObject("id", UUID.class),
						Surface.valueOf(rs.getString("surface")), rs.getTimestamp("at").toInstant()))
				.optional();
			if (click.isEmpty()) {
				continue;
			}
			BigDecimal revenue = item.unitPrice().multiply(BigDecimal.valueOf(item.quantity()));
			int inserted = this.jdbc
				.sql("""
						INSERT INTO recommendation_attribution (click_id, order_id, shop_id, sku, surface, revenue, currency, at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(click.get().id(), orderId.value(), shop.value(), item.sku(), click.get().surface().name(),
						revenue, order.currency(), Timestamp.from(order.placedAt()))
				.update();
			if (inserted == 1) {
				RevenueAttributed event = new RevenueAttributed(shop, orderId, item.sku(), click.get().surface(),
						click.get().at(), revenue, order.currency());
				this.events.publishEvent(event);
				attributed.add(event);
			}
		}
		return attributed;
	}

	/** Clicks, attributed orders and revenue by surface between two instants. */
	public Report report(ShopId shop, Instant from, Instant to) {
		List<SurfaceClicks> clicks = this.jdbc.sql("""
				SELECT surface, count(*) AS clicks FROM recommendation_click
				WHERE shop_id = ? AND at >= ? AND at < ? GROUP BY surface ORDER BY surface""")
			.params(shop.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new SurfaceClicks(rs.getString("surface"), rs.getLong("clicks")))
			.list();
		List<SurfaceRevenue> revenue = this.jdbc.sql("""
				SELECT surface, currency, count(DISTINCT order_id) AS orders, sum(revenue) AS revenue
				FROM recommendation_attribution WHERE shop_id = ? AND at >= ? AND at < ?
				GROUP BY surface, currency ORDER BY surface, currency""")
			.params(shop.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new SurfaceRevenue(rs.getString("surface"), rs.getString("currency"),
					rs.getLong("orders"), rs.getBigDecimal("revenue")))
			.list();
		long orders = this.jdbc.sql("""
				SELECT count(DISTINCT order_id) FROM recommendation_attribution
				WHERE shop_id = ? AND at >= ? AND at < ?""")
			.params(shop.value(), Timestamp.from(from), Timestamp.from(to))
			.query(Long.class)
			.single();
		return new Report(clicks.stream().mapToLong(SurfaceClicks::clicks).sum(), orders, clicks, revenue);
	}

	/**
	 * Attribution between two instants: totals, clicks by surface, revenue by surface.
	 */
	public record Report(long clicks, long attributedOrders, List<SurfaceClicks> clicksBySurface,
			List<SurfaceRevenue> revenueBySurface) {
	}

	public record SurfaceClicks(String surface, long clicks) {
	}

	public record SurfaceRevenue(String surface, String currency, long orders, BigDecimal revenue) {
	}

	private record ClickRow(UUID id, Surface surface, Instant at) {
	}

	/** SHA-256 of the trimmed, lower-cased email; null without one. */
	static @Nullable String emailKey(@Nullable String email) {
		return Orders.emailKey(email);
	}

}
