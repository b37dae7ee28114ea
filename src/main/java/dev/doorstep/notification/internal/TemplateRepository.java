package dev.doorstep.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.notification.TemplateOverride;
import dev.doorstep.notification.TemplateTexts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * SQL for {@code notification_template}. Every render asks for an override, so answers
 * (including "none") are cached; a save on this instance clears its entry at once, other
 * instances see it after at most {@link #STALE}.
 */
@Repository
public class TemplateRepository {

	static final Duration STALE = Duration.ofMinutes(1);

	private record Key(ShopId shop, Trigger trigger, String locale) {
	}

	private final JdbcClient jdbc;

	private final Cache<Key, Optional<TemplateOverride>> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(STALE)
		.build();

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TemplateOverride> find(ShopId shop, Trigger trigger, String locale) {
		return this.cache.get(new Key(shop, trigger, locale), key -> this.jdbc.sql("""
				SELECT trigger, locale, subject, headline, body, short_text, updated_at FROM notification_template
				WHERE shop_id = :shop AND trigger = :trigger AND locale = :locale
				""")
			.param("shop", shop.value())
			.param("trigger", trigger.name())
			.param("locale", locale)
			.query(TemplateRepository::override)
			.optional());
	}

	public List<TemplateOverride> all(ShopId shop) {
		return this.jdbc.sql("""
				SELECT trigger, locale, subject, headline, body, short_text, updated_at FROM notification_template
				WHERE shop_id = :shop ORDER BY trigger, locale
				""").param("shop", shop.value()).query(TemplateRepository::override).list();
	}

	public void save(ShopId shop, Trigger trigger, String locale, TemplateTexts texts, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO notification_template (shop_id, trigger, locale, subject, headline, body, short_text, updated_at)
					VALUES (:shop, :trigger, :locale, :subject, :headline, :body, :short, :now)
					ON CONFLICT (shop_id, trigger, locale) DO UPDATE
					  SET subject = :subject, headline = :headline, body = :body, short_text = :short, updated_at = :now
					""")
			.param("shop", shop.value())
			.param("trigger", trigger.name())
			.param("locale", locale)
			.param("subject", texts.subject())
			.param("headline", texts.headline().isBlank() ? null : texts.headline())
			.param("body", texts.body())
			.param("short", texts.shortText())
			.param("now", Timestamp.from(now))
			.update();
		forget(new Key(shop, trigger, locale));
	}

	public boolean delete(ShopId shop, Trigger trigger, String locale) {
		boolean deleted = this.jdbc
			.sql("DELETE FROM notification_template WHERE shop_id = :shop AND trigger = :trigger AND locale = :locale")
			.param("shop", shop.value())
			.param("trigger", trigger.name())
			.param("locale", locale)
			.update() == 1;
		forget(new Key(shop, trigger, locale));
		return deleted;
	}

	/**
	 * Drops the cached answer now and again after commit: a render between the two would
	 * otherwise cache the old text until {@link #STALE}.
	 */
	private void forget(Key key) {
		this.cache.invalidate(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TemplateRepository.this.cache.invalidate(key);
				}
			});
		}
	}

	/** Saved before headlines could be changed: the bundled one applies. */
	private static String headline(@org.jspecify.annotations.Nullable String saved) {
		return saved == null ? "" : saved;
	}

	private static TemplateOverride override(ResultSet rs, int row) throws SQLException {
		return new TemplateOverride(Trigger.valueOf(rs.getString("trigger")), rs.getString("locale"),
				new TemplateTexts(rs.getString("subject"), headline(rs.getString("headline")), rs.getString("body"),
						rs.getString("short_text")),
				rs.getTimestamp("updated_at").toInstant());
	}

}
