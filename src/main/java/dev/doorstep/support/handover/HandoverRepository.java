package dev.doorstep.support.handover;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.Channel;
import dev.doorstep.support.HelpdeskSettings;
import dev.doorstep.support.Intent;
import dev.doorstep.support.OpeningHours;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for opening hours, helpdesk settings and hand-overs; every statement by shop. */
@Repository
public class HandoverRepository {

	private final JdbcClient jdbc;

	HandoverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OpeningHours openingHours(ShopId shop) {
		Map<DayOfWeek, List<OpeningHours.Range>> ranges = new EnumMap<>(DayOfWeek.class);
		this.jdbc.sql("SELECT weekday, opens, closes FROM support_opening_hours WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, n) -> {
				ranges.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), day -> new ArrayList<>())
					.add(new OpeningHours.Range(rs.getTime("opens").toLocalTime(), rs.getTime("closes").toLocalTime()));
				return null;
			})
			.list();
		return new OpeningHours(ranges);
	}

	public void saveOpeningHours(ShopId shop, OpeningHours hours) {
		this.jdbc.sql("DELETE FROM support_opening_hours WHERE shop_id = :shop").param("shop", shop.value()).update();
		hours.ranges()
			.forEach((day,
					list) -> list.forEach(range -> this.jdbc.sql("""
							INSERT INTO support_opening_hours (shop_id, weekday, opens, closes)
							VALUES (:shop, :day, :opens, :closes)""")
						.param("shop", shop.value())
						.param("day", day.getValue())
						.param("opens", Time.valueOf(range.opens()))
						.param("closes", Time.valueOf(range.closes()))
						.update()));
	}

	public Optional<HelpdeskSettings> helpdesk(ShopId shop) {
		return this.jdbc.sql("SELECT provider, account, email, api_token FROM support_helpdesk WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, n) -> new HelpdeskSettings(rs.getString("provider"), rs.getString("account"),
					rs.getString("email"), rs.getString("api_token")))
			.optional();
	}

	public void saveHelpdesk(ShopId shop, HelpdeskSettings settings, Instant at) {
		this.jdbc.sql("""
				INSERT INTO support_helpdesk (shop_id, provider, account, email, api_token, updated_at)
				VALUES (:shop, :provider, :account, :email, :token, :at)
				ON CONFLICT (shop_id) DO UPDATE SET provider = :provider, account = :account, email = :email,
				  api_token = :token, updated_at = :at""")
			.param("shop", shop.value())
			.param("provider", settings.provider())
			.param("account", settings.account())
			.param("email", settings.email())
			.param("token", settings.apiToken())
			.param("at", Timestamp.from(at))
			.update();
	}

	public void deleteHelpdesk(ShopId shop) {
		this.jdbc.sql("DELETE FROM support_helpdesk WHERE shop_id = :shop").param("shop", shop.value()).update();
	}

	public void insertHandover(ShopId shop, UUID id, @Nullable OrderId order, Channel channel, Intent intent,
			boolean emailSent, @Nullable String provider, @Nullable String ticketId, @Nullable String ticketError,
			Instant at) {
		this.jdbc.sql("""
				INSERT INTO support_handover (id, shop_id, order_id, channel, intent, email_sent, provider, ticket_id,
				  ticket_error, created_at)
				VALUES (:id, :shop, :order, :channel, :intent, :sent, :provider, :ticket, :error, :at)""")
			.param("id", id)
			.param("shop", shop.value())
			.param("order", (order != null) ? order.value() : null)
			.param("channel", channel.name())
			.param("intent", intent.name())
			.param("sent", emailSent)
			.param("provider", provider)
			.param("ticket", ticketId)
			.param("error", ticketError)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The order's earlier questions and answers (masked as stored), oldest first. */
	public List<String[]> conversationSoFar(ShopId shop, OrderId order, int limit) {
		List<String[]> rows = new ArrayList<>(this.jdbc.sql("""
				SELECT question, answer FROM support_conversation WHERE shop_id = :shop AND order_id = :order
				ORDER BY created_at DESC LIMIT :limit""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("limit", limit)
			.query((rs, n) -> new String[] { rs.getString("question"), rs.getString("answer") })
			.list());
		java.util.Collections.reverse(rows);
		return rows;
	}

}
