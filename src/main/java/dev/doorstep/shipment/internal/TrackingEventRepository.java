package dev.doorstep.shipment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the append-only {@code tracking_event} table.
 */
@Repository
public class TrackingEventRepository {

	private static final int COLUMNS = 13;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	TrackingEventRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** A normalized event with the key that makes a resend a no-op. */
	public record Keyed(TrackingEvent event, String dedupKey) {
	}

	/**
	 * Appends the events in one statement and returns how many were new; known ones are
	 * skipped by the unique dedup key.
	 */
	public int append(ShopId shop, ShipmentId shipment, List<Keyed> events) {
		if (events.isEmpty()) {
			return 0;
		}
		StringBuilder sql = new StringBuilder("""
				INSERT INTO tracking_event (shop_id, shipment_id, dedup_key, occurred_at, status, sub_status,
				  incident_reason, description, city, postcode, country, external_id, received_at) VALUES
				""");
		List<@Nullable Object> args = new ArrayList<>(events.size() * COLUMNS);
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < events.size(); i++) {
			sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
			Keyed keyed = events.get(i);
			TrackingEvent event = keyed.event();
			TrackingEvent.Location location = event.location();
			args.add(shop.value());
			args.add(shipment.value());
			args.add(keyed.dedupKey());
			args.add(Timestamp.from(event.occurredAt()));
			args.add(event.status().name());
			args.add(event.subStatus());
			args.add(event.incidentReason() == null ? null : event.incidentReason().name());
			args.add(event.description());
			args.add(location == null ? null : location.city());
			args.add(location == null ? null : location.postcode());
			args.add(location == null ? null : location.country());
			args.add(event.externalId());
			args.add(now);
		}
		sql.append(" ON CONFLICT (shipment_id, dedup_key) DO NOTHING");
		return this.template.update(sql.toString(), args.toArray());
	}

	/**
	 * The whole timeline in fold order.
	 */
	public List<TimelineFold.Entry> entries(ShopId shop, ShipmentId shipment) {
		List<TimelineFold.Entry> entries = new ArrayList<>(this.jdbc.sql("""
				SELECT occurred_at, status, sub_status, incident_reason, dedup_key FROM tracking_event
				WHERE shop_id = :shop AND shipment_id = :shipment
				""").param("shop", shop.value()).param("shipment", shipment.value()).query((rs, row) -> {
			String reason = rs.getString("incident_reason");
			return new TimelineFold.Entry(rs.getTimestamp("occurred_at").toInstant(),
					TrackingStatus.valueOf(rs.getString("status")), rs.getString("sub_status"),
					reason == null ? null : IncidentReason.valueOf(reason), rs.getString("dedup_key"));
		}).list());
		entries.sort(TimelineFold.CHRONOLOGICAL);
		return entries;
	}

	/**
	 * The timeline as shown to people, oldest first, in the same order the status was
	 * folded in.
	 */
	public List<TrackingEvent> timeline(ShopId shop, ShipmentId shipment) {
		record Row(TimelineFold.Entry entry, TrackingEvent event) {
		}
		List<Row> rows = new ArrayList<>(this.jdbc.sql("""
				SELECT * FROM tracking_event WHERE shop_id = :shop AND shipment_id = :shipment
				""").param("shop", shop.value()).param("shipment", shipment.value()).query((rs, n) -> {
			String reason = rs.getString("incident_reason");
			IncidentReason incident = reason == null ? null : IncidentReason.valueOf(reason);
			TrackingStatus status = TrackingStatus.valueOf(rs.getString("status"));
			String city = rs.getString("city");
			String postcode = rs.getString("postcode");
			String country = rs.getString("country");
			TrackingEvent.Location location = (city == null && postcode == null && country == null) ? null
					: new TrackingEvent.Location(city, postcode, country);
			TrackingEvent event = new TrackingEvent(rs.getTimestamp("occurred_at").toInstant(), status,
					rs.getString("sub_status"), incident, rs.getString("description"), location,
					rs.getString("external_id"), rs.getTimestamp("received_at").toInstant());
			return new Row(new TimelineFold.Entry(event.occurredAt(), status, event.subStatus(), incident,
					rs.getString("dedup_key")), event);
		}).list());
		rows.sort((a, b) -> TimelineFold.CHRONOLOGICAL.compare(a.entry(), b.entry()));
		return rows.stream().map(Row::event).toList();
	}

}
