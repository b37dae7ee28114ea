package dev.doorstep.support.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.FaqTopic;
import dev.doorstep.support.SupportSettings;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the FAQ and the support settings. Every statement filters by shop. */
@Repository
public class FaqRepository {

	private static final RowMapper<FaqEntry> ENTRY = (rs, n) -> new FaqEntry(rs.getObject("id", UUID.class),
			rs.getString("locale"), FaqTopic.valueOf(rs.getString("topic")), rs.getInt("position"),
			rs.getString("question"), rs.getString("answer"));

	private final JdbcClient jdbc;

	FaqRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every entry of the shop in one language, by topic and position. */
	public List<FaqEntry> list(ShopId shop, String locale) {
		return this.jdbc.sql("""
				SELECT * FROM support_faq WHERE shop_id = :shop AND locale = :locale
				ORDER BY CASE topic WHEN 'DELIVERY' THEN 0 WHEN 'RETURNS' THEN 1 WHEN 'PAYMENT' THEN 2 ELSE 3 END,
				  position, created_at""").param("shop", shop.value()).param("locale", locale).query(ENTRY).list();
	}

	public Optional<FaqEntry> find(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT * FROM support_faq WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(ENTRY)
			.optional();
	}

	/** The next free position at the end of a topic. */
	public int nextPosition(ShopId shop, String locale, FaqTopic topic) {
		return this.jdbc.sql("""
				SELECT COALESCE(MAX(position) + 1, 0) FROM support_faq
				WHERE shop_id = :shop AND locale = :locale AND topic = :topic""")
			.param("shop", shop.value())
			.param("locale", locale)
			.param("topic", topic.name())
			.query(Integer.class)
			.single();
	}

	public void insert(ShopId shop, FaqEntry entry, Instant now) {
		entryParams(this.jdbc.sql("""
				INSERT INTO support_faq (id, shop_id, locale, topic, position, question, answer, created_at, updated_at)
				VALUES (:id, :shop, :locale, :topic, :position, :question, :answer, :now, :now)"""), shop, entry, now)
			.update();
	}

	public boolean update(ShopId shop, FaqEntry entry, Instant now) {
		return entryParams(this.jdbc.sql("""
				UPDATE support_faq SET locale = :locale, topic = :topic, position = :position, question = :question,
				  answer = :answer, updated_at = :now
				WHERE shop_id = :shop AND id = :id"""), shop, entry, now).update() == 1;
	}

	private static JdbcClient.StatementSpec entryParams(JdbcClient.StatementSpec statement, ShopId shop, FaqEntry entry,
			Instant now) {
		return statement.param("id", entry.id())
			.param("shop", shop.value())
			.param("locale", entry.locale())
			.param("topic", entry.topic().name())
			.param("position", entry.position())
			.param("question", entry.question())
			.param("answer", entry.answer())
			.param("now", Timestamp.from(now));
	}

	public boolean delete(ShopId shop, UUID id) {
		return this.jdbc.sql("DELETE FROM support_faq WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.update() == 1;
	}

	public SupportSettings settings(ShopId shop) {
		return this.jdbc.sql("SELECT retention_days FROM support_settings WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, n) -> new SupportSettings(rs.getInt("retention_days")))
			.optional()
			.orElseGet(SupportSettings::defaults);
	}

	public void saveSettings(ShopId shop, SupportSettings settings, Instant now) {
		this.jdbc.sql("""
				INSERT INTO support_settings (shop_id, retention_days, updated_at) VALUES (:shop, :days, :now)
				ON CONFLICT (shop_id) DO UPDATE SET retention_days = :days, updated_at = :now""")
			.param("shop", shop.value())
			.param("days", settings.retentionDays())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Whether the default FAQ was copied into the shop already (a read, no lock). */
	public boolean seeded(ShopId shop) {
		return this.jdbc.sql("SELECT seeded_at IS NOT NULL FROM support_settings WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Marks the shop's FAQ as seeded; {@code true} only for the one caller that did it
	 * first, who then copies the defaults (in the same transaction).
	 */
	public boolean markSeeded(ShopId shop, Instant now) {
		int inserted = this.jdbc.sql("""
				INSERT INTO support_settings (shop_id, retention_days, seeded_at, updated_at)
				VALUES (:shop, :days, :now, :now)
				ON CONFLICT (shop_id) DO UPDATE SET seeded_at = :now
				WHERE support_settings.seeded_at IS NULL""")
			.param("shop", shop.value())
			.param("days", SupportSettings.DEFAULT_RETENTION_DAYS)
			.param("now", Timestamp.from(now))
			.update();
		return inserted == 1;
	}

}
