package dev.doorstep.delivery.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;

import dev.doorstep.delivery.model.Lane;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code delivery_sample}: the delivered parcels the models learn from.
 */
@Repository
public class SampleRepository {

	private final JdbcClient jdbc;

	SampleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores one delivered parcel.
	 * @return whether it was new (a replayed delivery is not learned twice)
	 */
	public boolean add(ShopId shop, ShipmentId shipment, TransitSample sample, @Nullable LocalDate promised) {
		Lane lane = sample.lane();
		return this.jdbc.sql("""
				INSERT INTO delivery_sample (shop_id, shipment_id, carrier, service, origin_country, origin_postcode,
				  destination_country, destination_postcode, handed_over_at, delivered_at, promised_date, scans)
				VALUES (:shop, :shipment, :carrier, :service, :originCountry, :originPostcode, :destinationCountry,
				  :destinationPostcode, :handedOver, :delivered, :promised, CAST(:scans AS TIMESTAMPTZ[]))
				ON CONFLICT (shop_id, shipment_id) DO NOTHING
				""")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.param("carrier", lane.carrier())
			.param("service", lane.service())
			.param("originCountry", lane.originCountry())
			.param("originPostcode", lane.originPostcode())
			.param("destinationCountry", lane.destinationCountry())
			.param("destinationPostcode", lane.destinationPostcode())
			.param("handedOver", Timestamp.from(sample.handedOverAt()))
			.param("delivered", Timestamp.from(sample.deliveredAt()))
			.param("promised", promised == null ? null : Date.valueOf(promised))
			.param("scans",
					sample.scans()
						.stream()
						.map(scan -> "\"" + scan + "\"")
						.collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.update() == 1;
	}

	/**
	 * Every sample delivered since {@code since}, oldest delivery first, with its shop.
	 */
	void forEach(Instant since, BiConsumer<ShopId, TransitSample> consumer) {
		this.jdbc.sql("""
				SELECT shop_id, carrier, service, origin_country, origin_postcode, destination_country,
				  destination_postcode, handed_over_at, delivered_at, scans
				FROM delivery_sample WHERE delivered_at >= :since ORDER BY delivered_at
				""").param("since", Timestamp.from(since)).query(rs -> {
			consumer.accept(new ShopId(rs.getObject(1, UUID.class)), sample(rs));
		});
	}

	/** One shop's samples delivered since {@code since}, oldest delivery first. */
	void forEach(ShopId shop, Instant since, java.util.function.Consumer<TransitSample> consumer) {
		this.jdbc.sql("""
				SELECT shop_id, carrier, service, origin_country, origin_postcode, destination_country,
				  destination_postcode, handed_over_at, delivered_at, scans
				FROM delivery_sample WHERE shop_id = :shop AND delivered_at >= :since ORDER BY delivered_at
				""").param("shop", shop.value()).param("since", Timestamp.from(since)).query(rs -> {
			consumer.accept(sample(rs));
		});
	}

	private static java.util.List<Instant> scans(java.sql.@Nullable Array array) throws java.sql.SQLException {
		if (array == null) {
			return java.util.List.of();
		}
		java.util.List<Instant> scans = new java.util.ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			scans.add(value instanceof Timestamp timestamp ? timestamp.toInstant()
					: ((java.time.OffsetDateTime) value).toInstant());
		}
		return scans;
	}

	private static TransitSample sample(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new TransitSample(
				new Lane(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7)),
				rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(), scans(rs.getArray(10)));
	}

}
