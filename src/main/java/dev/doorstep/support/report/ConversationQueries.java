package dev.doorstep.support.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.doorstep.shop.ShopId;
import dev.doorstep.support.Channel;
import dev.doorstep.support.ConversationReports;
import dev.doorstep.support.Intent;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the conversations console: the filtered list and the per-intent deflection.
 * Every statement filters by shop; optional filters are written as
 * {@code (:x IS NULL OR …)} so one statement serves all combinations.
 */
@Repository
public class ConversationQueries {

	private final JdbcClient jdbc;

	ConversationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ConversationReports.Row> list(ShopId shop, ConversationReports.Filter filter, int limit) {
		return this.jdbc.sql("""
				SELECT id, intent, confidence, handed_over, channel, created_at FROM support_conversation
				WHERE shop_id = :shop
				  AND (CAST(:intent AS TEXT) IS NULL OR intent = :intent)
				  AND (CAST(:channel AS TEXT) IS NULL OR channel = :channel)
				  AND (CAST(:handedOver AS BOOLEAN) IS NULL OR handed_over = :handedOver)
				  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR created_at >= :from)
				  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR created_at < :to)
				ORDER BY created_at DESC LIMIT :limit""")
			.param("shop", shop.value())
			.param("intent", (filter.intent() != null) ? filter.intent().name() : null)
			.param("channel", (filter.channel() != null) ? filter.channel().name() : null)
			.param("handedOver", filter.handedOver())
			.param("from", timestamp(filter.from()))
			.param("to", timestamp(filter.to()))
			.param("limit", limit)
			.query((rs, n) -> new ConversationReports.Row(rs.getObject("id", java.util.UUID.class),
					Intent.valueOf(rs.getString("intent")), rs.getDouble("confidence"), rs.getBoolean("handed_over"),
					Channel.valueOf(rs.getString("channel")), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public List<ConversationReports.Deflection> deflection(ShopId shop, @Nullable Instant from, @Nullable Instant to) {
		Map<String, Long> confirmed = this.jdbc.sql("""
				SELECT intent, COUNT(*) AS n FROM support_handover WHERE shop_id = :shop
				  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR created_at >= :from)
				  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR created_at < :to)
				GROUP BY intent""")
			.param("shop", shop.value())
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.query((rs, n) -> Map.entry(rs.getString("intent"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return this.jdbc.sql("""
				SELECT intent, COUNT(*) AS total, COUNT(*) FILTER (WHERE NOT handed_over) AS answered
				FROM support_conversation WHERE shop_id = :shop
				  AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR created_at >= :from)
				  AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR created_at < :to)
				GROUP BY intent ORDER BY total DESC, intent""")
			.param("shop", shop.value())
			.param("from", timestamp(from))
			.param("to", timestamp(to))
			.query((rs, n) -> {
				long total = rs.getLong("total");
				long answered = rs.getLong("answered");
				return new ConversationReports.Deflection(Intent.valueOf(rs.getString("intent")), total, answered,
						(total == 0) ? 0 : (double) answered / total,
						confirmed.getOrDefault(rs.getString("intent"), 0L));
			})
			.list();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
