package dev.doorstep.shipment.polling;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.doorstep.history.HistoryImport;
import dev.doorstep.history.ImportProgress;
import dev.doorstep.history.ImportSummary;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parcel from imported history that never arrived (last seen in transit weeks ago) is
 * history, not a parcel gone quiet: the expiry job neither flags it as stalled (which
 * would message the shopper and send {@code shipment.stalled}) nor expires it.
 */
@DoorstepIntegrationTest
class ImportedParcelsIntegrationTests {

	@Autowired
	TestShops shops;

	@Autowired
	HistoryImport history;

	@Autowired
	TrackingExpiry expiry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportedParcelOnItsWayIsNeverFlaggedAsStalledOrExpired() {
		TestShops.TestShop shop = this.shops.create("Imported Parcels");
		LocalDate shipped = LocalDate.now(ZoneOffset.UTC).minusDays(40);
		ImportSummary summary = this.history.run(shop.shop().id(),
				new StringReader(String.join(",", HistoryImport.COLUMNS) + "\n" + "I-1,imp-1," + shipped
						+ ",anna@example.com,10115,DE,EUR,10.00,PEN-1,Pen," + "office,1,10.00,hermes,IMPORTED1,"
						+ shipped + ",,IN_TRANSIT\n"),
				false, ImportProgress.NONE);
		assertThat(summary.shipmentsCreated()).isEqualTo(1);

		this.expiry.flagStalled();
		this.expiry.expireStale();

		assertThat(this.jdbc.sql("""
				SELECT status || ' ' || (stalled_at IS NULL) FROM shipment
				WHERE shop_id = :shop AND tracking_number = 'IMPORTED1'
				""").param("shop", shop.shop().id().value()).query(String.class).single()).isEqualTo("IN_TRANSIT true");
	}

}
