package dev.doorstep.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code notification_message} and its history. Every statement names the shop,
 * except claiming due messages: the dispatcher serves all tenants and carries each row's
 * shop from then on.
 */
@Repository
public class MessageRepository {

	/**
	 * A message to plan.
	 *
	 * @param reference the merchant's reference of an event from outside (an RMA number)
	 * @param facts what that event brings for the message ({@link EventFacts})
	 */
	public record NewMessage(UUID id, ShopId shop, UUID journeyId, String dedupKey, Trigger trigger, Channel channel,
			OrderId order, @Nullable ShipmentId shipment, @Nullable String digestKey, @Nullable UUID fallbackOf,
			String recipient, String recipientZone, String locale, Instant dueAt, @Nullable String variant,
			@Nullable String reference, Map<String, String> facts) {

		public NewMessage {
			facts = Map.copyOf(facts);
		}

		/** A message about an order or parcel alone, without an event's facts. */
		public NewMessage(UUID id, ShopId shop, UUID journeyId, String dedupKey, Trigger trigger, Channel channel,
				OrderId order, @Nullable ShipmentId shipment, @Nullable String digestKey, @Nullable UUID fallbackOf,
				String recipient, String recipientZone, String locale, Instant dueAt, @Nullable String variant) {
			this(id, shop, journeyId, dedupKey, trigger, channel, order, shipment, digestKey, fallbackOf, recipient,
					recipientZone, locale, dueAt, variant, null, Map.of());
		}

	}

	/**
	 * A claimed message with what the dispatcher needs beyond the public view.
	 *
	 * @param event the facts of an event from outside, with its reference under
	 * {@link EventFacts#REFERENCE}; empty for other messages
	 */
	public record Claimed(Message message, ShopId shop, @Nullable String digestKey, @Nullable UUID fallbackOf,
			String recipientZone, Map<String, String> event) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, shop_id, journey_id, trigger, channel, order_id, shipment_id, digest_key, fallback_of, recipient,
			recipient_zone, locale, status, subject, body_text, body_html, provider, provider_id, due_at, attempts,
			last_error, created_at, sent_at, variant, event_reference""";

	private final JdbcClient jdbc;

	MessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether the message is new (its dedup key was free)
	 */
	public boolean insert(NewMessage message, Instant now) {
		boolean inserted = this.jdbc.sql("""
				INSERT INTO notification_message (id, shop_id, journey_id, dedup_key, trigger, channel, order_id,
				  shipment_id, digest_key, fallback_of, recipient, recipient_zone, locale, status, due_at, created_at,
				  updated_at, variant, event_reference, event_facts)
				VALUES (:id, :shop, :journey, :dedup, :trigger, :channel, :order, :shipment, :digest, :fallback,
				  :recipient, :zone, :locale, 'SCHEDULED', :due, :now, :now, :variant, :reference,
				  CAST(:facts AS JSONB))
				ON CONFLICT (shop_id, dedup_key) DO NOTHING
				""")
			.param("id", message.id())
			.param("shop", message.shop().value())
			.param("journey", message.journeyId())
			.param("dedup", message.dedupKey())
			.param("trigger", message.trigger().name())
			.param("channel", message.channel().name())
			.param("order", message.order().value())
			.param("shipment", message.shipment() == null ? null : message.shipment().value())
			.param("digest", message.digestKey())
			.param("fallback", message.fallbackOf())
			.param("recipient", message.recipient())
			.param("zone", message.recipientZone())
			.param("locale", message.locale())
			.param("due", Timestamp.from(message.dueAt()))
			.param("now", Timestamp.from(now))
			.param("variant", message.variant())
			.param("reference", message.reference())
			.param("facts", message.facts().isEmpty() ? null : JSON.writeValueAsString(message.facts()))
			.update() == 1;
		if (inserted) {
			event(message.shop(), message.id(), now, MessageStatus.SCHEDULED,
					"due " + message.dueAt() + (message.fallbackOf() != null ? " (fallback)" : ""));
		}
		return inserted;
	}

	/**
	 * A message sent at once rather than planned (an opt-in code): stored as
	 * {@code SENDING} with its content and without a lease, so the dispatcher never
	 * claims it, and handed to its sender by the caller.
	 */
	public void insertDirect(UUID id, ShopId shop, Trigger trigger, Channel channel, OrderId order, String recipient,
			String recipientZone, String locale, String text, Instant now) {
		this.jdbc.sql("""
				INSERT INTO notification_message (id, shop_id, journey_id, dedup_key, trigger, channel, order_id,
				  recipient, recipient_zone, locale, status, body_text, due_at, created_at, updated_at)
				VALUES (:id, :shop, :id, :dedup, :trigger, :channel, :order, :recipient, :zone, :locale, 'SENDING',
				  :text, :now, :now, :now)
				""")
			.param("id", id)
			.param("shop", shop.value())
			.param("dedup", "direct:" + id)
			.param("trigger", trigger.name())
			.param("channel", channel.name())
			.param("order", order.value())
			.param("recipient", recipient)
			.param("zone", recipientZone)
			.param("locale", locale)
			.param("text", text)
			.param("now", Timestamp.from(now))
			.update();
		event(shop, id, now, MessageStatus.SENDING, "sent at once");
	}

	/**
	 * Claims due messages (and those whose sender died mid-send) until
	 * {@code leaseUntil}.
	 */
	public List<Claimed> claimDue(Instant now, int limit, Instant leaseUntil) {
		return this.jdbc.sql("""
				UPDATE notification_message m SET status = 'SENDING', lease_until = :lease, updated_at = :now
				FROM (SELECT id FROM notification_message m
				      WHERE ((status = 'SCHEDULED' AND due_at <= :now) OR (status = 'SENDING' AND lease_until < :now))
				        -- Of a digest, only the first pending message is taken; it carries the others.
				        AND (digest_key IS NULL OR NOT EXISTS (
				          SELECT 1 FROM notification_message o
				          WHERE o.shop_id = m.shop_id AND o.digest_key = m.digest_key AND o.id <> m.id
				            AND o.status IN ('SCHEDULED', 'SENDING') AND (o.due_at, o.id) < (m.due_at, m.id)))
				      ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED) due
				WHERE m.id = due.id
				RETURNING m.*
				""")
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(leaseUntil))
			.param("limit", limit)
			.query(MessageRepository::claimed)
			.list();
	}

	/** Other messages of the digest, still waiting: they go out inside this one. */
	public List<Claimed> lockDigestSiblings(ShopId shop, String digestKey, UUID except) {
		return this.jdbc.sql("""
				SELECT * FROM notification_message
				WHERE shop_id = :shop AND digest_key = :digest AND id <> :id AND status = 'SCHEDULED'
				ORDER BY created_at FOR UPDATE SKIP LOCKED
				""")
			.param("shop", shop.value())
			.param("digest", digestKey)
			.param("id", except)
			.query(MessageRepository::claimed)
			.list();
	}

	public void merged(ShopId shop, UUID id, UUID into, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = 'MERGED', merged_into = :into, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("into", into)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
		event(shop, id, now, MessageStatus.MERGED, "sent inside message " + into);
	}

	/** Back to waiting, e.g. for the end of quiet hours or under the frequency cap. */
	public void reschedule(ShopId shop, UUID id, Instant due, Instant now, String why) {
		this.jdbc
			.sql("""
					UPDATE notification_message SET status = 'SCHEDULED', due_at = :due, lease_until = NULL, updated_at = :now
					WHERE shop_id = :shop AND id = :id
					""")
			.param("due", Timestamp.from(due))
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
		event(shop, id, now, MessageStatus.SCHEDULED, why);
	}

	/**
	 * The rendered content, stored before sending so the record shows exactly what went
	 * out.
	 */
	public void rendered(ShopId shop, UUID id, @Nullable String subject, String text, @Nullable String html) {
		this.jdbc.sql("""
				UPDATE notification_message SET subject = :subject, body_text = :text, body_html = :html
				WHERE shop_id = :shop AND id = :id
				""")
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.param("shop", shop.value())
			.param("id", id)
			.update();
	}

	public void sent(ShopId shop, UUID id, String provider, String providerId, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = 'SENT', provider = :provider, provider_id = :providerId,
				  attempts = attempts + 1, sent_at = :now, lease_until = NULL, last_error = NULL, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("provider", provider)
			.param("providerId", providerId)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
		event(shop, id, now, MessageStatus.SENT, "via " + provider);
	}

	public void retry(ShopId shop, UUID id, Instant due, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = 'SCHEDULED', due_at = :due, attempts = attempts + 1,
				  last_error = :error, lease_until = NULL, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("due", Timestamp.from(due))
			.param("error", error)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
		event(shop, id, now, MessageStatus.SCHEDULED, "retry after: " + error);
	}

	/** A final status reached without (or after) sending. */
	public void finish(ShopId shop, UUID id, MessageStatus status, @Nullable String detail, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = :status, last_error = COALESCE(:detail, last_error),
				  lease_until = NULL, updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("status", status.name())
			.param("detail", detail)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update();
		event(shop, id, now, status, detail);
	}

	/** How many messages this recipient got on this channel since {@code since}. */
	public int sentSince(ShopId shop, Channel channel, String recipient, Instant since) {
		return this.jdbc.sql("""
				SELECT count(*) FROM notification_message
				WHERE shop_id = :shop AND channel = :channel AND recipient = :recipient AND sent_at >= :since
				""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Sends to one recipient within a window: how many, and the oldest. */
	public record SentSince(int count, Instant oldest) {
	}

	/**
	 * {@link #sentSince} and {@link #oldestSentSince} for many recipients of one shop at
	 * once; recipients without a send in the window are missing from the map.
	 */
	public Map<String, SentSince> sentSinceAmong(ShopId shop, Channel channel, Collection<String> recipients,
			Instant since) {
		Map<String, SentSince> sent = new HashMap<>();
		if (recipients.isEmpty()) {
			return sent;
		}
		this.jdbc.sql("""
				SELECT recipient, count(*), min(sent_at) FROM notification_message
				WHERE shop_id = :shop AND channel = :channel AND recipient IN (:recipients) AND sent_at >= :since
				GROUP BY recipient
				""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("recipients", List.copyOf(recipients))
			.param("since", Timestamp.from(since))
			.query((rs, row) -> sent.put(rs.getString(1), new SentSince(rs.getInt(2), rs.getTimestamp(3).toInstant())))
			.list();
		return sent;
	}

	/** A message handed to its provider, with the content it was sent with. */
	public record Sent(ShopId shop, UUID id, String provider, String providerId, @Nullable String subject, String text,
			@Nullable String html, Instant at) {
	}

	/**
	 * Records sends in one statement: each message {@code SENT} with its content, plus
	 * its history row. The dispatcher writes a round's sends in a few such groups instead
	 * of a transaction per message.
	 */
	public void sentAll(List<Sent> sent) {
		if (sent.isEmpty()) {
			return;
		}
		int n = sent.size();
		String[] ids = new String[n];
		String[] shops = new String[n];
		String[] providers = new String[n];
		String[] providerIds = new String[n];
		String[] subjects = new String[n];
		String[] texts = new String[n];
		String[] htmls = new String[n];
		String[] ats = new String[n];
		for (int i = 0; i < n; i++) {
			Sent one = sent.get(i);
			ids[i] = one.id().toString();
			shops[i] = one.shop().value().toString();
			providers[i] = one.provider();
			providerIds[i] = one.providerId();
			subjects[i] = one.subject();
			texts[i] = one.text();
			htmls[i] = one.html();
			// PostgreSQL keeps microseconds.
			ats[i] = one.at().truncatedTo(ChronoUnit.MICROS).toString();
		}
		// Arrays as positional parameters: named ones would be expanded into lists.
		this.jdbc.sql("""
				WITH sent AS (
				  SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),
				    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS timestamptz[]))
				    AS s (id, shop_id, provider, provider_id, subject, body_text, body_html, at)
				), updated AS (
				  UPDATE notification_message m SET status = 'SENT', provider = s.provider, provider_id = s.provider_id,
				    subject = s.subject, body_text = s.body_text, body_html = s.body_html, attempts = m.attempts + 1,
				    sent_at = s.at, lease_until = NULL, last_error = NULL, updated_at = s.at
				  FROM sent s WHERE m.shop_id = s.shop_id AND m.id = s.id
				  RETURNING m.shop_id, m.id, s.at, s.provider
				)
				INSERT INTO notification_message_event (shop_id, message_id, at, status, detail)
				SELECT shop_id, id, at, 'SENT', 'via ' || provider FROM updated
				""").params(ids, shops, providers, providerIds, subjects, texts, htmls, ats).update();
	}

	/**
	 * The oldest send within the window, to know when the cap lets the next one through.
	 */
	public Optional<Instant> oldestSentSince(ShopId shop, Channel channel, String recipient, Instant since) {
		return this.jdbc.sql("""
				SELECT min(sent_at) FROM notification_message
				WHERE shop_id = :shop AND channel = :channel AND recipient = :recipient AND sent_at >= :since
				""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("since", Timestamp.from(since))
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(Timestamp::toInstant);
	}

	public Optional<Message> find(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(MessageRepository::message)
			.optional();
	}

	public Optional<Claimed> findClaimed(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT * FROM notification_message WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(MessageRepository::claimed)
			.optional();
	}

	/**
	 * A message by id alone, for signed links: the signature is the authorization, and
	 * the row carries its shop from here on.
	 */
	public Optional<Claimed> findAnyShop(UUID id) {
		return this.jdbc.sql("SELECT * FROM notification_message WHERE id = :id")
			.param("id", id)
			.query(MessageRepository::claimed)
			.optional();
	}

	/**
	 * A message by its provider's id, for receipts; the provider id identifies the shop.
	 */
	public Optional<Claimed> findByProviderId(String provider, String providerId) {
		return this.jdbc.sql("SELECT * FROM notification_message WHERE provider = :provider AND provider_id = :id")
			.param("provider", provider)
			.param("id", providerId)
			.query(MessageRepository::claimed)
			.optional();
	}

	/**
	 * Notes that a report (a bounce or complaint mail) about this message was read.
	 * @return whether it is the first time; a concurrent reader of the same report waits
	 * for this transaction and then gets {@code false}
	 */
	public boolean firstReport(ShopId shop, UUID id, String reportKey, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO notification_report (shop_id, message_id, report_key, at) VALUES (:shop, :id, :key, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("key", reportKey)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The messages planned for one event from outside (several channels, a fallback),
	 * oldest first.
	 */
	public List<UUID> forReference(ShopId shop, OrderId order, Trigger trigger, String reference) {
		return this.jdbc.sql("""
				SELECT id FROM notification_message
				WHERE shop_id = :shop AND order_id = :order AND trigger = :trigger AND event_reference = :reference
				ORDER BY created_at, id
				""")
			.param("shop", shop.value())
			.param("order", order.value())
			.param("trigger", trigger.name())
			.param("reference", reference)
			.query(UUID.class)
			.list();
	}

	/** A shop that messaged an address, with the locale of its latest message there. */
	public record SenderShop(ShopId shop, String locale) {
	}

	/**
	 * The shops that sent something to this address on this channel, the latest first.
	 * Inbound messages (an SMS "STOP") name only the number, not the shop, so this looks
	 * across shops by design.
	 */
	public List<SenderShop> shopsThatMessaged(Channel channel, String recipient) {
		return this.jdbc.sql("""
				SELECT shop_id, locale FROM (
				  SELECT DISTINCT ON (shop_id) shop_id, locale, sent_at FROM notification_message
				  WHERE channel = :channel AND recipient = :recipient AND sent_at IS NOT NULL
				  ORDER BY shop_id, sent_at DESC) latest
				ORDER BY sent_at DESC
				""")
			.param("channel", channel.name())
			.param("recipient", recipient)
			.query((rs, row) -> new SenderShop(new ShopId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list();
	}

	/** Messages whose variant tag ends in {@code @source}, oldest first. */
	public List<Message> withVariantSource(ShopId shop, String source) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM notification_message
				WHERE shop_id = :shop AND variant LIKE :pattern ESCAPE '!'
				ORDER BY created_at, id
				""")
			.param("shop", shop.value())
			.param("pattern", "%@" + source.replace("!", "!!").replace("%", "!%").replace("_", "!_"))
			.query(MessageRepository::message)
			.list();
	}

	/** Newest first, optionally only one order's or one channel's. */
	public List<Message> recent(ShopId shop, @Nullable OrderId order, @Nullable Channel channel, int limit,
			int offset) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM notification_message
				WHERE shop_id = :shop AND (CAST(:order AS UUID) IS NULL OR order_id = :order)
				  AND (CAST(:channel AS TEXT) IS NULL OR channel = :channel)
				ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset
				""")
			.param("shop", shop.value())
			.param("order", order == null ? null : order.value())
			.param("channel", channel == null ? null : channel.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(MessageRepository::message)
			.list();
	}

	public long count(ShopId shop, @Nullable OrderId order, @Nullable Channel channel) {
		return this.jdbc.sql("""
				SELECT count(*) FROM notification_message
				WHERE shop_id = :shop AND (CAST(:order AS UUID) IS NULL OR order_id = :order)
				  AND (CAST(:channel AS TEXT) IS NULL OR channel = :channel)
				""")
			.param("shop", shop.value())
			.param("order", order == null ? null : order.value())
			.param("channel", channel == null ? null : channel.name())
			.query(Long.class)
			.single();
	}

	public List<Message.Event> history(ShopId shop, UUID id) {
		return this.jdbc.sql("""
				SELECT at, status, detail FROM notification_message_event
				WHERE shop_id = :shop AND message_id = :id ORDER BY at, id
				""")
			.param("shop", shop.value())
			.param("id", id)
			.query((rs, row) -> new Message.Event(rs.getTimestamp(1).toInstant(),
					MessageStatus.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	public void event(ShopId shop, UUID id, Instant at, MessageStatus status, @Nullable String detail) {
		this.jdbc.sql("""
				INSERT INTO notification_message_event (shop_id, message_id, at, status, detail)
				VALUES (:shop, :id, :at, :status, :detail)
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("status", status.name())
			.param("detail", detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
			.update();
	}

	private static Claimed claimed(ResultSet rs, int row) throws SQLException {
		Message message = message(rs, row);
		String facts = rs.getString("event_facts");
		Map<String, String> event = new LinkedHashMap<>();
		if (facts != null) {
			event.putAll(JSON.readValue(facts, FACTS));
		}
		if (message.reference() != null) {
			event.put(EventFacts.REFERENCE, message.reference());
		}
		return new Claimed(message, new ShopId(rs.getObject("shop_id", UUID.class)), rs.getString("digest_key"),
				rs.getObject("fallback_of", UUID.class), rs.getString("recipient_zone"), Map.copyOf(event));
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		UUID shipment = rs.getObject("shipment_id", UUID.class);
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Message(rs.getObject("id", UUID.class), rs.getObject("journey_id", UUID.class),
				Trigger.valueOf(rs.getString("trigger")), Channel.valueOf(rs.getString("channel")),
				new OrderId(rs.getObject("order_id", UUID.class)), shipment == null ? null : new ShipmentId(shipment),
				rs.getString("recipient"), rs.getString("locale"), MessageStatus.valueOf(rs.getString("status")),
				rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getString("provider"),
				rs.getString("provider_id"), rs.getTimestamp("due_at").toInstant(), rs.getInt("attempts"),
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getString("variant"), rs.getString("event_reference"));
	}

}
