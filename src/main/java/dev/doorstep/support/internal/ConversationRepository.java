package dev.doorstep.support.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.Channel;
import dev.doorstep.support.Conversation;
import dev.doorstep.support.Intent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for stored conversations. Every statement filters by shop but the retention sweep,
 * which applies each shop's own retention.
 */
@Repository
public class ConversationRepository {

	private final JdbcClient jdbc;

	ConversationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ShopId shop, Conversation conversation) {
		this.jdbc.sql("""
				INSERT INTO support_conversation (id, shop_id, order_id, shipment_id, channel, language, question,
				  intent, confidence, answer, handed_over, created_at)
				VALUES (:id, :shop, :order, NULL, :channel, :language, :question, :intent, :confidence, :answer,
				  :handedOver, :at)""")
			.param("id", conversation.id())
			.param("shop", shop.value())
			.param("order", (conversation.order() != null) ? conversation.order().value() : null)
			.param("channel", conversation.channel().name())
			.param("language", conversation.language())
			.param("question", conversation.question())
			.param("intent", conversation.intent().name())
			.param("confidence", conversation.confidence())
			.param("answer", conversation.answer())
			.param("handedOver", conversation.handedOver())
			.param("at", Timestamp.from(conversation.createdAt()))
			.update();
	}

	public List<Conversation> recent(ShopId shop, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM support_conversation WHERE shop_id = :shop ORDER BY created_at DESC LIMIT :limit""")
			.param("shop", shop.value())
			.param("limit", limit)
			.query((rs, n) -> {
				UUID order = rs.getObject("order_id", UUID.class);
				return new Conversation(rs.getObject("id", UUID.class), (order != null) ? new OrderId(order) : null,
						Channel.valueOf(rs.getString("channel")), rs.getString("language"), rs.getString("question"),
						Intent.valueOf(rs.getString("intent")), rs.getDouble("confidence"), rs.getString("answer"),
						rs.getBoolean("handed_over"), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	/**
	 * Deletes, across all shops, the conversations older than each shop's retention (the
	 * default for shops without settings). One statement, so that a shop whose settings
	 * row appears mid-sweep (the FAQ seeding writes it) is judged by one snapshot rather
	 * than falling between a per-shop pass and the pass for shops without settings.
	 */
	public int deleteExpired(Instant now, int defaultRetentionDays) {
		return this.jdbc.sql("""
				DELETE FROM support_conversation c
				WHERE c.created_at < CAST(:now AS timestamptz) - make_interval(days => COALESCE(
				  (SELECT s.retention_days FROM support_settings s WHERE s.shop_id = c.shop_id), :defaultDays))""")
			.param("now", Timestamp.from(now))
			.param("defaultDays", defaultRetentionDays)
			.update();
	}

}
