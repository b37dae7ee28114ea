package dev.doorstep.returns.label.dhl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DhlReturnsMapperTests {

	@Test
	void splitsStreetAndHouseNumberTheWayShoppersWriteThem() {
		assertThat(DhlReturnsMapper.split("Königstraße 12a"))
			.isEqualTo(new DhlReturnsMapper.StreetAndHouse("Königstraße", "12a"));
		assertThat(DhlReturnsMapper.split("Hauptstr. 5 - 7"))
			.isEqualTo(new DhlReturnsMapper.StreetAndHouse("Hauptstr.", "5-7"));
		assertThat(DhlReturnsMapper.split("Straße des 17. Juni 135"))
			.isEqualTo(new DhlReturnsMapper.StreetAndHouse("Straße des 17. Juni", "135"));
		assertThat(DhlReturnsMapper.split("Am Markt 3 / 2"))
			.isEqualTo(new DhlReturnsMapper.StreetAndHouse("Am Markt", "3/2"));
		assertThat(DhlReturnsMapper.split("12 Rue de la Paix"))
			.isEqualTo(new DhlReturnsMapper.StreetAndHouse("Rue de la Paix", "12"));
		assertThat(DhlReturnsMapper.split("Königstraße")).isNull();
		assertThat(DhlReturnsMapper.split("12")).isNull();
	}

	@Test
	void namesTheFieldAProblemTextIsAbout() {
		assertThat(DhlReturnsMapper.field("shipper.postalCode: invalid")).isEqualTo("from.postcode");
		assertThat(DhlReturnsMapper.field("Die Postleitzahl ist ungültig.")).isEqualTo("from.postcode");
		assertThat(DhlReturnsMapper.field("receiverId 'xyz' is unknown for this account")).isEqualTo("from.country");
		assertThat(DhlReturnsMapper.field("shipper.addressHouse must not be empty")).isEqualTo("from.street");
		assertThat(DhlReturnsMapper.field("itemWeight exceeds 31.5 kg")).isEqualTo("weightGrams");
		assertThat(DhlReturnsMapper.field("Something went wrong")).isNull();
	}

}
