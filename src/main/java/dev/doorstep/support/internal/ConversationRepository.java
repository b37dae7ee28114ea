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
 * SQL for stored conversations. Every statement filters by shop but the default-retention
 * sweep.
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

	public int deleteBefore(ShopId shop, Instant cutoff) {
		return this.jdbc.sql("DELETE FROM support_conversation WHERE shop_id = :shop AND created_at < :cutoff")
			.param("shop", shop.value())
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/**
	 * Shops that never saved support settings keep conversations for the default time.
	 */
	public int deleteBeforeWithoutSettings(Instant cutoff) {
		return this.jdbc.sql("""
				DELETE FROM support_conversation c WHERE c.created_at < :cutoff
				AND NOT EXISTS (SELECT 1 FROM support_settings s WHERE s.shop_id = c.shop_id)""")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
