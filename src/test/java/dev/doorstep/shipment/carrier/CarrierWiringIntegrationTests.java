package dev.doorstep.shipment.carrier;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class CarrierWiringIntegrationTests {

	@Autowired
	CarrierAdapters adapters;

	@Test
	void postalCarriersAreWiredWithoutCredentials() {
		for (String code : new String[] { "usps", "postnl", "royal-mail" }) {
			CarrierAdapter adapter = this.adapters.get(new CarrierCode(code));
			assertThat(adapter.canTrack(TrackingQuery.of("X"))).as(code).isFalse();
		}
	}

}
