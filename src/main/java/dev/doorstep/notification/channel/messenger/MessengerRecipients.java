package dev.doorstep.notification.channel.messenger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who opened the Messenger conversation for which order, when they last wrote (Meta's
 * 24-hour window) and what we sent them (for read receipts). The Page is one per
 * installation, so a page-scoped id is the same person for every shop: webhook events,
 * which name no shop, update all rows of the id.
 */
@Repository
class MessengerRecipients {

	/** A sent message waiting for its read receipt. */
	record Outbound(ShopId shop, String mid) {
	}

	private final JdbcClient jdbc;

	MessengerRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether this link is new (a redelivered webhook is not)
	 */
	boolean link(ShopId shop, OrderId order, String psid, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO messenger_recipient (shop_id, order_id, psid, linked_at, last_inbound_at)
				VALUES (:shop, :order, :psid, :at, :at) ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("psid", psid)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/** The newest shopper linked to the order. */
	Optional<String> psid(ShopId shop, OrderId order) {
		return this.jdbc.sql("""
				SELECT psid FROM messenger_recipient WHERE shop_id = :shop AND order_id = :order
				ORDER BY linked_at DESC LIMIT 1
				""").param("shop", shop.value()).param("order", order.value()).query(String.class).optional();
	}

	Optional<Instant> lastInbound(ShopId shop, String psid) {
		return this.jdbc.sql("""
				SELECT max(last_inbound_at) FROM messenger_recipient WHERE shop_id = :shop AND psid = :psid
				""")
			.param("shop", shop.value())
			.param("psid", psid)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	void inbound(String psid, Instant at) {
		this.jdbc.sql("""
				UPDATE messenger_recipient SET last_inbound_at = :at
				WHERE psid = :psid AND (last_inbound_at IS NULL OR last_inbound_at < :at)
				""").param("psid", psid).param("at", Timestamp.from(at)).update();
	}

	/** The shops that know this shopper, for a STOP that names no shop. */
	List<ShopId> shops(String psid) {
		return this.jdbc.sql("SELECT DISTINCT shop_id FROM messenger_recipient WHERE psid = :psid")
			.param("psid", psid)
			.query((rs, row) -> new ShopId(rs.getObject(1, java.util.UUID.class)))
			.list();
	}

	void sent(ShopId shop, String mid, String psid, Instant at) {
		this.jdbc.sql("""
				INSERT INTO messenger_outbound (shop_id, mid, psid, sent_at) VALUES (:shop, :mid, :psid, :at)
				ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("mid", mid)
			.param("psid", psid)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Marks as read what was sent to the shopper up to the watermark and returns it. A
	 * little slack, because our send time is taken before Meta stamps the message.
	 */
	List<Outbound> read(String psid, Instant watermark, Instant at) {
		return this.jdbc.sql("""
				UPDATE messenger_outbound SET read_at = :at
				WHERE psid = :psid AND read_at IS NULL AND sent_at <= :watermark
				RETURNING shop_id, mid
				""")
			.param("at", Timestamp.from(at))
			.param("psid", psid)
			.param("watermark", Timestamp.from(watermark.plusSeconds(2)))
			.query((rs, row) -> new Outbound(new ShopId(rs.getObject("shop_id", java.util.UUID.class)),
					rs.getString("mid")))
			.list();
	}

}
