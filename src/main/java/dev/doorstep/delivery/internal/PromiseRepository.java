package dev.doorstep.delivery.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.delivery.DelayReason;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for a parcel's promise: {@code delivery_shipment} (one row per parcel),
 * {@code delivery_prediction} (every distinct prediction) and {@code delivery_delay} (one
 * warning per promised day).
 */
@Repository
class PromiseRepository {

	/** The per-parcel row. */
	record State(ShopId shop, ShipmentId shipment, OrderId order, TrackingStatus status, @Nullable Long firstId,
			@Nullable Long latestId, @Nullable LocalDate carrierEstimate, @Nullable LocalDate promisedDate,
			@Nullable LocalDate deliveredOn, @Nullable Boolean onTime, ShipmentPromise.@Nullable Delay delay) {
	}

	/** A parcel on its way, for the periodic "no scan for too long" check. */
	record Open(ShopId shop, ShipmentId shipment) {
	}

	private final JdbcClient jdbc;

	PromiseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the parcel's row (creating it) so concurrent events for it run one by one.
	 */
	State lock(ShopId shop, ShipmentId shipment, OrderId order, String carrier, TrackingStatus status, Instant now) {
		this.jdbc.sql("""
				INSERT INTO delivery_shipment (shop_id, shipment_id, order_id, carrier, status, updated_at)
				VALUES (:shop, :shipment, :order, :carrier, :status, :now)
				ON CONFLICT (shop_id, shipment_id) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("order", order.value())
			.param("carrier", carrier)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update();
		return this.jdbc.sql(SELECT_STATE + " WHERE shop_id = :shop AND shipment_id = :shipment FOR UPDATE")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query(PromiseRepository::state)
			.single();
	}

	Optional<State> find(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql(SELECT_STATE + " WHERE shop_id = :shop AND shipment_id = :shipment")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query(PromiseRepository::state)
			.optional();
	}

	Optional<String> version(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql("""
				SELECT latest_prediction_id || '/' || COALESCE(delay_predicted_at::text, '') FROM delivery_shipment
				WHERE shop_id = :shop AND shipment_id = :shipment AND latest_prediction_id IS NOT NULL
				""").param("shop", shop.value()).param("shipment", shipment.value()).query(String.class).optional();
	}

	private static final String SELECT_STATE = """
			SELECT shop_id, shipment_id, order_id, status, first_prediction_id, latest_prediction_id, carrier_estimate,
			  promised_date, delivered_on, on_time, delay_reason, delay_days_without_scan, delay_usual_days,
			  delay_stage, delay_predicted_at
			FROM delivery_shipment""";

	private static State state(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString(11);
		ShipmentPromise.Delay delay = reason == null ? null : new ShipmentPromise.Delay(DelayReason.valueOf(reason),
				rs.getInt(12), rs.getInt(13), rs.getString(14), rs.getTimestamp(15).toInstant());
		return new State(new ShopId(rs.getObject(1, UUID.class)), new ShipmentId(rs.getObject(2, UUID.class)),
				new OrderId(rs.getObject(3, UUID.class)), TrackingStatus.valueOf(rs.getString(4)), nullableLong(rs, 5),
				nullableLong(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9), (Boolean) rs.getObject(10), delay);
	}

	/**
	 * Stores a new prediction and makes it the latest (and the first, if there was none).
	 */
	long addPrediction(ShopId shop, ShipmentId shipment, ShipmentPromise.Prediction prediction) {
		DeliveryWindow window = prediction.window();
		PredictionBasis basis = prediction.basis();
		long id = this.jdbc
			.sql("""
					INSERT INTO delivery_prediction (shop_id, shipment_id, earliest, most_likely, latest, confidence, source,
					  lane_level, sample_size, computed_at)
					VALUES (:shop, :shipment, :earliest, :mostLikely, :latest, :confidence, :source, :lane, :samples, :at)
					RETURNING id
					""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("earliest", Date.valueOf(window.earliest()))
			.param("mostLikely", Date.valueOf(window.mostLikely()))
			.param("latest", Date.valueOf(window.latest()))
			.param("confidence", window.confidence())
			.param("source", basis.source().name())
			.param("lane", basis.laneLevel())
			.param("samples", basis.sampleSize())
			.param("at", Timestamp.from(prediction.computedAt()))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				UPDATE delivery_shipment SET latest_prediction_id = :id,
				  first_prediction_id = COALESCE(first_prediction_id, :id)
				WHERE shop_id = :shop AND shipment_id = :shipment
				""").param("id", id).param("shop", shop.value()).param("shipment", shipment.value()).update();
		return id;
	}

	Optional<ShipmentPromise.Prediction> prediction(ShopId shop, @Nullable Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT_PREDICTION + " WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(PromiseRepository::prediction)
			.optional();
	}

	List<ShipmentPromise.Prediction> history(ShopId shop, ShipmentId shipment) {
		return this.jdbc.sql(SELECT_PREDICTION + " WHERE shop_id = :shop AND shipment_id = :shipment ORDER BY id")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query(PromiseRepository::prediction)
			.list();
	}

	private static final String SELECT_PREDICTION = """
			SELECT earliest, most_likely, latest, confidence, source, lane_level, sample_size, computed_at
			FROM delivery_prediction""";

	private static ShipmentPromise.Prediction prediction(ResultSet rs, int row) throws SQLException {
		return new ShipmentPromise.Prediction(
				new DeliveryWindow(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
						rs.getDate(3).toLocalDate(), rs.getDouble(4)),
				new PredictionBasis(PredictionBasis.Source.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7)),
				rs.getTimestamp(8).toInstant());
	}

	/** The parcel's facts as of now (what the shipment module says). */
	void updateFacts(ShopId shop, ShipmentId shipment, TrackingStatus status, @Nullable LocalDate carrierEstimate,
			@Nullable LocalDate promisedDate, @Nullable LocalDate deliveredOn, @Nullable Boolean onTime, Instant now) {
		this.jdbc.sql("""
				UPDATE delivery_shipment SET status = :status, carrier_estimate = :estimate, promised_date = :promised,
				  delivered_on = :delivered, on_time = :onTime, updated_at = :now
				WHERE shop_id = :shop AND shipment_id = :shipment
				""")
			.param("status", status.name())
			.param("estimate", carrierEstimate == null ? null : Date.valueOf(carrierEstimate))
			.param("promised", promisedDate == null ? null : Date.valueOf(promisedDate))
			.param("delivered", deliveredOn == null ? null : Date.valueOf(deliveredOn))
			.param("onTime", onTime)
			.param("now", Timestamp.from(now))
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.update();
	}

	/**
	 * Records a delay warning for the promised day.
	 * @return whether it is the first for that day (only then is it announced)
	 */
	boolean addDelay(ShopId shop, ShipmentId shipment, LocalDate promised, ShipmentPromise.Delay delay) {
		int inserted = this.jdbc.sql("""
				INSERT INTO delivery_delay (shop_id, shipment_id, promised_date, reason, predicted_at)
				VALUES (:shop, :shipment, :promised, :reason, :at)
				ON CONFLICT (shop_id, shipment_id, promised_date) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("promised", Date.valueOf(promised))
			.param("reason", delay.reason().name())
			.param("at", Timestamp.from(delay.predictedAt()))
			.update();
		setDelay(shop, shipment, delay);
		return inserted == 1;
	}

	/** The warning the tracking page shows; {@code null} clears it. */
	void setDelay(ShopId shop, ShipmentId shipment, ShipmentPromise.@Nullable Delay delay) {
		this.jdbc.sql("""
				UPDATE delivery_shipment SET delay_reason = :reason, delay_days_without_scan = :days,
				  delay_usual_days = :usual, delay_stage = :stage, delay_predicted_at = :at
				WHERE shop_id = :shop AND shipment_id = :shipment
				""")
			.param("reason", delay == null ? null : delay.reason().name())
			.param("days", delay == null ? null : delay.daysWithoutScan())
			.param("usual", delay == null ? null : delay.usualDays())
			.param("stage", delay == null ? null : delay.stage())
			.param("at", delay == null ? null : Timestamp.from(delay.predictedAt()))
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.update();
	}

	/** Parcels on their way, a page at a time (keyset on the shipment id). */
	List<Open> open(@Nullable UUID after, int limit) {
		return this.jdbc.sql("""
				SELECT shop_id, shipment_id FROM delivery_shipment
				WHERE delivered_on IS NULL AND status NOT IN ('DELIVERED', 'EXPIRED')
				  AND shipment_id > :after
				ORDER BY shipment_id LIMIT :limit
				""")
			.param("after", after == null ? new UUID(0, 0) : after)
			.param("limit", limit)
			.query((rs, row) -> new Open(new ShopId(rs.getObject(1, UUID.class)),
					new ShipmentId(rs.getObject(2, UUID.class))))
			.list();
	}

	/**
	 * Deliveries and on-time rate against promises per carrier, most deliveries first.
	 */
	List<CarrierRow> carriers(ShopId shop) {
		return this.jdbc.sql("""
				SELECT carrier, COUNT(*) FILTER (WHERE delivered_on IS NOT NULL),
				  COUNT(*) FILTER (WHERE on_time IS NOT NULL), COUNT(*) FILTER (WHERE on_time)
				FROM delivery_shipment WHERE shop_id = :shop
				GROUP BY carrier ORDER BY 2 DESC, carrier
				""")
			.param("shop", shop.value())
			.query((rs, row) -> new CarrierRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/** One carrier's delivered parcels and how many kept their promise. */
	record CarrierRow(String carrier, int delivered, int withPromise, int onTime) {
	}

	private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable LocalDate date(ResultSet rs, int column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}

}
