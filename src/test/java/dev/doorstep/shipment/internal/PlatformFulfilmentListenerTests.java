package dev.doorstep.shipment.internal;

import java.util.Optional;

import dev.doorstep.shipment.CarrierCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carrier names as Shopify's tracking_company and WooCommerce Shipment Tracking's
 * providers write them.
 */
class PlatformFulfilmentListenerTests {

	@ParameterizedTest
	@CsvSource({ "DHL,dhl", "DHL Express,dhl", "dhl-parcel,dhl", "DHL eCommerce,dhl", "Deutsche Post,deutsche-post",
			"deutsche-post,deutsche-post", "UPS,ups", "ups,ups", "DPD,dpd", "dpd-de,dpd", "GLS,gls", "gls-de,gls",
			"Hermes,hermes", "hermes-de,hermes", "FedEx,fedex", "fedex,fedex", "USPS,usps", "PostNL,postnl",
			"post-nl,postnl", "Royal Mail,royal-mail", "royal-mail,royal-mail" })
	void knownCarrierNames(String name, String code) {
		assertThat(PlatformFulfilmentListener.carrierByName(name)).contains(new CarrierCode(code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Other", "Canada Post", "Australia Post", "", "  " })
	void otherNamesLeaveItToTheTrackingNumber(String name) {
		assertThat(PlatformFulfilmentListener.carrierByName(name)).isEqualTo(Optional.empty());
	}

	@org.junit.jupiter.api.Test
	void noNameIsNoCarrier() {
		assertThat(PlatformFulfilmentListener.carrierByName(null)).isEmpty();
	}

}
