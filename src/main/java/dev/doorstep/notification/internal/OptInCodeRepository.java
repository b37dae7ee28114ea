package dev.doorstep.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Topic;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for opt-in codes and the numbers shoppers gave per order
 * ({@code notification_optin_code}, {@code notification_order_contact}).
 */
@Repository
public class OptInCodeRepository {

	/** The newest code of an order and channel. */
	public record Code(UUID id, String contact, String codeHash, int attempts, Instant expiresAt, boolean confirmed,
			boolean cancelled) {
	}

	private final JdbcClient jdbc;

	OptInCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, ShopId shop, OrderId order, Channel channel, String contact, String codeHash,
			UUID messageId, Instant expiresAt, Instant now) {
		this.jdbc.sql("""
				INSERT INTO notification_optin_code (id, shop_id, order_id, channel, contact, code_hash, message_id,
				  expires_at, created_at)
				VALUES (:id, :shop, :order, :channel, :contact, :hash, :message, :expires, :now)
				""")
			.param("id", id)
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.param("contact", contact)
			.param("hash", codeHash)
			.param("message", messageId)
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<Code> newest(ShopId shop, OrderId order, Channel channel) {
		return this.jdbc.sql("""
				SELECT id, contact, code_hash, attempts, expires_at, confirmed_at IS NOT NULL, cancelled_at IS NOT NULL
				FROM notification_optin_code
				WHERE shop_id = :shop AND order_id = :order AND channel = :channel
				ORDER BY created_at DESC, id LIMIT 1
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.query((rs, row) -> new Code(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), rs.getBoolean(6), rs.getBoolean(7)))
			.optional();
	}

	/** Codes sent for an order and channel since {@code since}, against SMS pumping. */
	public int sentSince(ShopId shop, OrderId order, Channel channel, Instant since) {
		return this.jdbc.sql("""
				SELECT count(*) FROM notification_optin_code
				WHERE shop_id = :shop AND order_id = :order AND channel = :channel AND created_at >= :since
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The oldest code within the window, to tell when the next one may be sent. */
	public Optional<Instant> oldestSince(ShopId shop, OrderId order, Channel channel, Instant since) {
		return this.jdbc.sql("""
				SELECT min(created_at) FROM notification_optin_code
				WHERE shop_id = :shop AND order_id = :order AND channel = :channel AND created_at >= :since
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.param("since", Timestamp.from(since))
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts one try, atomically, while tries are left.
	 * @return the tries made including this one, or empty when none were left
	 */
	public Optional<Integer> countTry(ShopId shop, UUID id, int maxTries) {
		return this.jdbc.sql("""
				UPDATE notification_optin_code SET attempts = attempts + 1
				WHERE shop_id = :shop AND id = :id AND attempts < :max AND confirmed_at IS NULL
				RETURNING attempts
				""").param("shop", shop.value()).param("id", id).param("max", maxTries).query(Integer.class).optional();
	}

	public void confirmed(ShopId shop, UUID id, Instant now) {
		this.jdbc.sql("UPDATE notification_optin_code SET confirmed_at = :now WHERE shop_id = :shop AND id = :id")
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
	}

	public void cancel(ShopId shop, OrderId order, Channel channel, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_optin_code SET cancelled_at = :now
				WHERE shop_id = :shop AND order_id = :order AND channel = :channel
				  AND confirmed_at IS NULL AND cancelled_at IS NULL
				""")
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.update();
	}

	public void rememberContact(ShopId shop, OrderId order, Channel channel, String contact, Instant now) {
		this.jdbc.sql("""
				INSERT INTO notification_order_contact (shop_id, order_id, channel, contact, updated_at)
				VALUES (:shop, :order, :channel, :contact, :now)
				ON CONFLICT (shop_id, order_id, channel) DO UPDATE SET contact = :contact, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.param("contact", contact)
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<String> contact(ShopId shop, OrderId order, Channel channel) {
		return this.jdbc.sql("""
				SELECT contact FROM notification_order_contact
				WHERE shop_id = :shop AND order_id = :order AND channel = :channel
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("channel", channel.name())
			.query(String.class)
			.optional();
	}

	/**
	 * A row of {@link #choices}: a number given for the order, the latest consent record
	 * of one of its contacts, or its newest SMS code.
	 */
	public sealed interface Choice permits Number, Consent, NewestCode {

	}

	public record Number(Channel channel, String contact) implements Choice {
	}

	public record Consent(String contact, Channel channel, Topic topic, boolean granted) implements Choice {
	}

	public record NewestCode(String contact, Instant expiresAt, int attempts, boolean open) implements Choice {
	}

	/**
	 * The numbers given for an order, the ledger's latest record for each of them and for
	 * the order's own contacts, and the order's newest SMS code: in one round trip,
	 * because the tracking page reads all of it on every view.
	 * @param contacts the order's own contacts, normalized for every channel they may be
	 * recorded under
	 */
	public List<Choice> choices(ShopId shop, OrderId order, Collection<String> contacts) {
		List<String> wanted = contacts.isEmpty() ? List.of("") : List.copyOf(contacts);
		List<Choice> choices = new ArrayList<>();
		this.jdbc.sql("""
				WITH numbers AS (
				  SELECT channel, contact FROM notification_order_contact
				  WHERE shop_id = :shop AND order_id = :order AND channel IN ('SMS', 'WHATSAPP'))
				SELECT 'number' AS kind, channel, contact, NULL AS topic, NULL::boolean AS granted,
				  NULL::timestamptz AS expires_at, NULL::int AS attempts, NULL::boolean AS open
				FROM numbers
				UNION ALL
				(SELECT DISTINCT ON (contact, channel, topic) 'consent', channel, contact, topic, granted,
				   NULL, NULL, NULL
				 FROM consent_record
				 WHERE shop_id = :shop AND (contact IN (:contacts) OR contact IN (SELECT contact FROM numbers))
				 ORDER BY contact, channel, topic, at DESC, id DESC)
				UNION ALL
				(SELECT 'code', channel, contact, NULL, NULL, expires_at, attempts,
				   confirmed_at IS NULL AND cancelled_at IS NULL
				 FROM notification_optin_code
				 WHERE shop_id = :shop AND order_id = :order AND channel = 'SMS'
				 ORDER BY created_at DESC, id LIMIT 1)
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("contacts", wanted)
			.query((rs, row) -> choices.add(switch (rs.getString("kind")) {
				case "number" -> new Number(Channel.valueOf(rs.getString("channel")), rs.getString("contact"));
				case "consent" -> new Consent(rs.getString("contact"), Channel.valueOf(rs.getString("channel")),
						Topic.valueOf(rs.getString("topic")), rs.getBoolean("granted"));
				default -> new NewestCode(rs.getString("contact"), rs.getTimestamp("expires_at").toInstant(),
						rs.getInt("attempts"), rs.getBoolean("open"));
			}))
			.list();
		return choices;
	}

}
