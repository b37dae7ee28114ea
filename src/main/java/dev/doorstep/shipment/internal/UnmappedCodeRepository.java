package dev.doorstep.shipment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.UnmappedCode;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code unmapped_carrier_code}, per shop like every other row.
 */
@Repository
public class UnmappedCodeRepository {

	private final JdbcClient jdbc;

	UnmappedCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void count(ShopId shop, CarrierCode carrier, String code, @Nullable String sampleText, String mappedTo,
			long occurrences, Instant now) {
		this.jdbc.sql("""
				INSERT INTO unmapped_carrier_code (shop_id, carrier, code, sample_text, mapped_to, occurrences,
				  first_seen, last_seen)
				VALUES (:shop, :carrier, :code, :text, :mappedTo, :n, :now, :now)
				ON CONFLICT (shop_id, carrier, code) DO UPDATE SET
				  occurrences = unmapped_carrier_code.occurrences + EXCLUDED.occurrences,
				  sample_text = COALESCE(EXCLUDED.sample_text, unmapped_carrier_code.sample_text),
				  mapped_to = EXCLUDED.mapped_to, last_seen = EXCLUDED.last_seen
				""")
			.param("shop", shop.value())
			.param("carrier", carrier.value())
			.param("code", code)
			.param("text", sampleText)
			.param("mappedTo", mappedTo)
			.param("n", occurrences)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Most frequent first: the codes worth mapping next. */
	public List<UnmappedCode> list(ShopId shop) {
		return this.jdbc.sql("""
				SELECT carrier, code, sample_text, mapped_to, occurrences, first_seen, last_seen
				FROM unmapped_carrier_code WHERE shop_id = :shop ORDER BY occurrences DESC, carrier, code LIMIT 500
				""")
			.param("shop", shop.value())
			.query((rs, row) -> new UnmappedCode(new CarrierCode(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
			.list();
	}

}
