package dev.doorstep.returns.label;

import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The providers as the application wires them: DHL is there, and without credentials in
 * the configuration it makes no label, so the Doorstep label is used alone.
 */
@DoorstepIntegrationTest
class ReturnLabelProvidersIntegrationTests {

	@Autowired
	ReturnLabelProviders providers;

	@Test
	void dhlServesOnlyTheSenderCountriesItHasAReceiverIdFor() {
		// The shared test context configures DHL with a receiver id for Austria only.
		assertThat(this.providers.all()).extracting(ReturnLabelProvider::carrier).contains("dhl");
		ReturnLabelProvider dhl = this.providers.find("DHL").orElseThrow();
		assertThat(dhl.carrierName()).isEqualTo("DHL");
		assertThat(dhl.configured()).isTrue();
		assertThat(this.providers.forSender("dhl", "de")).isEmpty();
		assertThat(this.providers.availableFor("DE")).isEmpty();
		assertThat(this.providers.forSender("dhl", "at")).contains(dhl);
		assertThat(this.providers.availableFor("AT")).containsExactly(dhl);
		assertThat(dhl.request(
				CarrierLabelRequest.of("R-1", new Address("Jürgen Groß", "Königstraße 12", "70173", "Stuttgart", "DE"),
						new Address("Shop", "Schloßallee 3", "80331", "München", "DE"), 1)))
			.isInstanceOf(CarrierLabelResult.Refused.class);
	}

}
