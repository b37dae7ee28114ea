package dev.doorstep.shipment.carrier.dhl;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

class DhlContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return DhlAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new DhlAdapter(new DhlProperties(baseUrl, "test-key", "", "en", Duration.ofSeconds(5)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo("/track/shipments"))
			.withQueryParam("trackingNumber", equalTo(trackingNumber))
			.withQueryParam("language", equalTo("en"))
			.withHeader("DHL-API-Key", equalTo("test-key"));
	}

	@Override
	protected String trackingNumber() {
		return "00340434161094042557";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return DhlStatusCodes.TABLE;
	}

	@Test
	void aPackstationParcelIsThePickupEventsAddressWithSevenCalendarDays() {
		serve(200, "pickup");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.subStatus()).isEqualTo("AVAILABLE_FOR_PICKUP_LOCKER");
		// Deposited on Saturday 21 November: seven calendar days counting that day.
		assertThat(tracking.pickupPoint()).isEqualTo(new PickupPoint(null, "Invalidenstraße 10", "10115", "Berlin",
				"DE", PickupPoint.Type.LOCKER, null, LocalDate.of(2026, 11, 27), true));
	}

	@Test
	void aParcelForAServicePointNamesItAndCountsWorkingDaysAtAPostOffice() {
		serve(200, "pickup-service-point");
		CarrierTracking tracking = found(track());
		assertThat(tracking.subStatus()).isEqualTo("AVAILABLE_FOR_PICKUP_POST_OFFICE");
		// Saturday 21 November plus six more working days (Sundays do not count).
		assertThat(tracking.pickupPoint()).isEqualTo(new PickupPoint("Postfiliale 502", "Grimmaische Straße 2", "04109",
				"Leipzig", "DE", PickupPoint.Type.POST_OFFICE, null, LocalDate.of(2026, 11, 28), true));
	}

}
