package dev.doorstep.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Topic;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the append-only consent ledger and the suppression list.
 */
@Repository
public class ConsentRepository {

	private final JdbcClient jdbc;

	ConsentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(ShopId shop, String contact, Channel channel, Topic topic, boolean granted, String source,
			@Nullable String proof, Instant at) {
		this.jdbc.sql("""
				INSERT INTO consent_record (shop_id, contact, channel, topic, granted, source, proof, at)
				VALUES (:shop, :contact, :channel, :topic, :granted, :source, :proof, :at)
				""")
			.param("shop", shop.value())
			.param("contact", contact)
			.param("channel", channel.name())
			.param("topic", topic.name())
			.param("granted", granted)
			.param("source", source)
			.param("proof", proof)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The record in force: the newest for this contact, channel and topic. */
	public Optional<ConsentRecord> current(ShopId shop, String contact, Channel channel, Topic topic) {
		return this.jdbc.sql("""
				SELECT contact, channel, topic, granted, source, proof, at FROM consent_record
				WHERE shop_id = :shop AND contact = :contact AND channel = :channel AND topic = :topic
				ORDER BY at DESC, id DESC LIMIT 1
				""")
			.param("shop", shop.value())
			.param("contact", contact)
			.param("channel", channel.name())
			.param("topic", topic.name())
			.query(ConsentRepository::record)
			.optional();
	}

	/** The whole ledger of one contact, oldest first: the proof of who agreed when. */
	public List<ConsentRecord> history(ShopId shop, String contact) {
		return this.jdbc.sql("""
				SELECT contact, channel, topic, granted, source, proof, at FROM consent_record
				WHERE shop_id = :shop AND contact = :contact ORDER BY at, id
				""").param("shop", shop.value()).param("contact", contact).query(ConsentRepository::record).list();
	}

	public void suppress(ShopId shop, Channel channel, String address, String reason, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO suppression (shop_id, channel, address, reason, at) VALUES (:shop, :channel, :address, :reason, :at)
					ON CONFLICT (shop_id, channel, address) DO NOTHING
					""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("address", address)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	public boolean suppressed(ShopId shop, Channel channel, String address) {
		return this.jdbc
			.sql("""
					SELECT EXISTS (SELECT 1 FROM suppression WHERE shop_id = :shop AND channel = :channel AND address = :address)
					""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("address", address)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the record in force for each contact grants; contacts without a record are
	 * missing from the map.
	 */
	public Map<String, Boolean> currentAmong(ShopId shop, Channel channel, Topic topic, Collection<String> contacts) {
		Map<String, Boolean> granted = new HashMap<>();
		if (contacts.isEmpty()) {
			return granted;
		}
		this.jdbc.sql("""
				SELECT DISTINCT ON (contact) contact, granted FROM consent_record
				WHERE shop_id = :shop AND channel = :channel AND topic = :topic AND contact IN (:contacts)
				ORDER BY contact, at DESC, id DESC
				""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("topic", topic.name())
			.param("contacts", List.copyOf(contacts))
			.query((rs, row) -> granted.put(rs.getString(1), rs.getBoolean(2)))
			.list();
		return granted;
	}

	/** The addresses among these that are on the suppression list. */
	public Set<String> suppressedAmong(ShopId shop, Channel channel, Collection<String> addresses) {
		if (addresses.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				SELECT address FROM suppression WHERE shop_id = :shop AND channel = :channel AND address IN (:addresses)
				""")
			.param("shop", shop.value())
			.param("channel", channel.name())
			.param("addresses", List.copyOf(addresses))
			.query(String.class)
			.list());
	}

	private static ConsentRecord record(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ConsentRecord(rs.getString(1), Channel.valueOf(rs.getString(2)), Topic.valueOf(rs.getString(3)),
				rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
	}

}
