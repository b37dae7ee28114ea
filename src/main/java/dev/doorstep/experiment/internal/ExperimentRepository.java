package dev.doorstep.experiment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentStatus;
import dev.doorstep.experiment.Target;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experiments and their arms; every query filters by shop. */
@Repository
public class ExperimentRepository {

	private static final String COLUMNS = """
			id, shop_id, name, target, trigger, channel, module, holdout, status, created_at, started_at, stopped_at""";

	private final JdbcClient jdbc;

	ExperimentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Experiment experiment) {
		String trigger = null;
		String channel = null;
		String module = null;
		switch (experiment.target()) {
			case Target.JourneyStep step -> {
				trigger = step.trigger().name();
				channel = step.channel().name();
			}
			case Target.PageModule page -> module = page.module();
		}
		this.jdbc
			.sql("""
					INSERT INTO experiment (id, shop_id, name, target, trigger, channel, module, holdout, status, created_at)
					VALUES (:id, :shop, :name, :target, :trigger, :channel, :module, :holdout, :status, :created)
					""")
			.param("id", experiment.id())
			.param("shop", experiment.shopId().value())
			.param("name", experiment.name())
			.param("target", (experiment.target() instanceof Target.JourneyStep) ? "JOURNEY_STEP" : "PAGE_MODULE")
			.param("trigger", trigger)
			.param("channel", channel)
			.param("module", module)
			.param("holdout", experiment.holdout())
			.param("status", experiment.status().name())
			.param("created", Timestamp.from(experiment.createdAt()))
			.update();
		int position = 0;
		for (Arm arm : experiment.arms()) {
			this.jdbc.sql("""
					INSERT INTO experiment_arm (experiment_id, position, name, weight, subject, body, channel,
					                            delay_seconds, shows_module)
					VALUES (:experiment, :position, :name, :weight, :subject, :body, :channel, :delay, :shows)
					""")
				.param("experiment", experiment.id())
				.param("position", position++)
				.param("name", arm.name())
				.param("weight", arm.weight())
				.param("subject", arm.subject())
				.param("body", arm.body())
				.param("channel", (arm.channel() == null) ? null : arm.channel().name())
				.param("delay", (arm.delay() == null) ? null : arm.delay().toSeconds())
				.param("shows", arm.showsModule())
				.update();
		}
	}

	public List<Experiment> all(ShopId shop) {
		return withArms(shop, this.jdbc
			.sql("SELECT " + COLUMNS + " FROM experiment WHERE shop_id = :shop" + " ORDER BY created_at DESC, id")
			.param("shop", shop.value())
			.query(ExperimentRepository::row)
			.list());
	}

	public List<Experiment> running(ShopId shop) {
		return withArms(shop,
				this.jdbc
					.sql("SELECT " + COLUMNS + " FROM experiment WHERE shop_id = :shop"
							+ " AND status = 'RUNNING' ORDER BY created_at, id")
					.param("shop", shop.value())
					.query(ExperimentRepository::row)
					.list());
	}

	public Optional<Experiment> find(ShopId shop, UUID id) {
		return withArms(shop,
				this.jdbc.sql("SELECT " + COLUMNS + " FROM experiment WHERE shop_id = :shop AND id = :id")
					.param("shop", shop.value())
					.param("id", id)
					.query(ExperimentRepository::row)
					.list())
			.stream()
			.findFirst();
	}

	public boolean any(ShopId shop) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM experiment WHERE shop_id = :shop)")
			.param("shop", shop.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Moves the experiment from {@code from} to {@code to}.
	 * @return whether it was in {@code from}
	 */
	public boolean move(ShopId shop, UUID id, ExperimentStatus from, ExperimentStatus to, Instant at) {
		return this.jdbc.sql("""
				UPDATE experiment SET status = :to,
				       started_at = CASE WHEN :to = 'RUNNING' THEN :at ELSE started_at END,
				       stopped_at = CASE WHEN :to = 'STOPPED' THEN :at ELSE stopped_at END
				WHERE shop_id = :shop AND id = :id AND status = :from
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** An experiment row with its arms still empty. */
	private record Row(Experiment experiment) {
	}

	private List<Experiment> withArms(ShopId shop, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Arm>> arms = new LinkedHashMap<>();
		rows.forEach(row -> arms.put(row.experiment().id(), new ArrayList<>()));
		this.jdbc.sql("""
				SELECT a.experiment_id, a.name, a.weight, a.subject, a.body, a.channel, a.delay_seconds, a.shows_module
				FROM experiment_arm a JOIN experiment e ON e.id = a.experiment_id
				WHERE e.shop_id = :shop AND a.experiment_id IN (:ids) ORDER BY a.experiment_id, a.position
				""").param("shop", shop.value()).param("ids", arms.keySet()).query((RowCallbackHandler) rs -> {
			arms.get(rs.getObject("experiment_id", UUID.class)).add(arm(rs));
		});
		return rows.stream().map(row -> {
			Experiment e = row.experiment();
			return new Experiment(e.id(), e.shopId(), e.name(), e.target(), arms.get(e.id()), e.holdout(), e.status(),
					e.createdAt(), e.startedAt(), e.stoppedAt());
		}).toList();
	}

	private static Arm arm(ResultSet rs) throws SQLException {
		String channel = rs.getString("channel");
		long delay = rs.getLong("delay_seconds");
		Duration wait = rs.wasNull() ? null : Duration.ofSeconds(delay);
		return new Arm(rs.getString("name"), rs.getInt("weight"), rs.getString("subject"), rs.getString("body"),
				(channel == null) ? null : Channel.valueOf(channel), wait, rs.getBoolean("shows_module"));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Target target = "JOURNEY_STEP".equals(rs.getString("target"))
				? new Target.JourneyStep(Trigger.valueOf(rs.getString("trigger")),
						Channel.valueOf(rs.getString("channel")))
				: new Target.PageModule(rs.getString("module"));
		return new Row(new Experiment(rs.getObject("id", UUID.class), new ShopId(rs.getObject("shop_id", UUID.class)),
				rs.getString("name"), target, List.of(), rs.getDouble("holdout"),
				ExperimentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("stopped_at"))));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}
