package dev.doorstep.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shop.ShopId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code notification_journey}; steps are stored as JSON with a {@code type} per
 * step.
 */
@Repository
public class JourneyRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<JourneyStep>> STEPS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	JourneyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds journeys the shop does not have yet (same trigger and name); existing ones
	 * stay as the shop left them.
	 */
	public void addMissing(ShopId shop, List<Journey> journeys, Instant now) {
		for (Journey journey : journeys) {
			this.jdbc
				.sql("""
						INSERT INTO notification_journey (id, shop_id, trigger, name, enabled, steps, created_at, updated_at)
						VALUES (:id, :shop, :trigger, :name, :enabled, CAST(:steps AS JSONB), :now, :now)
						ON CONFLICT (shop_id, trigger, name) DO NOTHING
						""")
				.param("id", journey.id())
				.param("shop", shop.value())
				.param("trigger", journey.trigger().name())
				.param("name", journey.name())
				.param("enabled", journey.enabled())
				.param("steps", JSON.writerFor(STEPS).writeValueAsString(journey.steps()))
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	public boolean any(ShopId shop) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM notification_journey WHERE shop_id = :shop)")
			.param("shop", shop.value())
			.query(Boolean.class)
			.single();
	}

	public List<Journey> enabled(ShopId shop, Trigger trigger) {
		return this.jdbc.sql("""
				SELECT id, trigger, name, enabled, steps FROM notification_journey
				WHERE shop_id = :shop AND trigger = :trigger AND enabled ORDER BY name
				""")
			.param("shop", shop.value())
			.param("trigger", trigger.name())
			.query(JourneyRepository::journey)
			.list();
	}

	public List<Journey> all(ShopId shop) {
		return this.jdbc.sql("""
				SELECT id, trigger, name, enabled, steps FROM notification_journey WHERE shop_id = :shop
				ORDER BY trigger, name
				""").param("shop", shop.value()).query(JourneyRepository::journey).list();
	}

	public java.util.Optional<Journey> find(ShopId shop, UUID id) {
		return this.jdbc.sql(
				"SELECT id, trigger, name, enabled, steps FROM notification_journey WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(JourneyRepository::journey)
			.optional();
	}

	public boolean setEnabled(ShopId shop, UUID id, boolean enabled, Instant now) {
		return this.jdbc.sql("""
				UPDATE notification_journey SET enabled = :enabled, updated_at = :now WHERE shop_id = :shop AND id = :id
				""")
			.param("enabled", enabled)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update() == 1;
	}

	public boolean replaceSteps(ShopId shop, UUID id, List<JourneyStep> steps, Instant now) {
		return this.jdbc.sql("""
				UPDATE notification_journey SET steps = CAST(:steps AS JSONB), updated_at = :now
				WHERE shop_id = :shop AND id = :id
				""")
			.param("steps", JSON.writerFor(STEPS).writeValueAsString(steps))
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("id", id)
			.update() == 1;
	}

	private static Journey journey(ResultSet rs, int row) throws SQLException {
		return new Journey(rs.getObject("id", UUID.class), Trigger.valueOf(rs.getString("trigger")),
				rs.getString("name"), rs.getBoolean("enabled"), JSON.readValue(rs.getString("steps"), STEPS));
	}

}
