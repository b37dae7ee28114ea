package dev.doorstep.tracking.internal;

import dev.doorstep.shop.Shop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrandColorsTests {

	@Test
	void computesWcagContrastRatios() {
		assertThat(BrandColors.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
		assertThat(BrandColors.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
		// Published reference value: #767676 on white is the lightest grey passing AA.
		assertThat(BrandColors.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
	}

	@ParameterizedTest
	@CsvSource({ "#ffd400, #000000", "#1f3a5f, #ffffff", "#fff, #000000", "#e4572e, #000000", "#0b5fff, #ffffff",
			"#777777, #000000" })
	void picksTheMoreReadableTextColourForThePrimary(String primary, String expected) {
		BrandColors colors = BrandColors.of(new Shop.Brand(null, primary, "#000000"));

		assertThat(colors.onPrimary()).isEqualTo(expected);
		assertThat(BrandColors.contrast(colors.primary(), colors.onPrimary())).isGreaterThanOrEqualTo(4.5);
	}

	@ParameterizedTest
	@CsvSource({ "#ffd400, #0b5fff", "#ffd400, #ffe066", "#1f3a5f, #ffffff", "#f0f0f0, #fafafa", "#00ff00, #00ff00" })
	void keepsLinksReadableOnWhite(String primary, String accent) {
		BrandColors colors = BrandColors.of(new Shop.Brand(null, primary, accent));

		assertThat(BrandColors.contrast(colors.link(), "#ffffff")).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void prefersTheBrandsOwnColoursForLinks() {
		assertThat(BrandColors.of(new Shop.Brand(null, "#1f3a5f", "#ffd400")).link()).isEqualTo("#1f3a5f");
		assertThat(BrandColors.of(new Shop.Brand(null, "#ffd400", "#0b5fff")).link()).isEqualTo("#0b5fff");
	}

	@Test
	void neverPassesAnythingButAHexColourIntoTheCss() {
		BrandColors colors = BrandColors.of(new Shop.Brand(null, "red;}body{display:none", "url(x)"));

		assertThat(colors.primary()).isEqualTo("#1f3a5f");
		assertThat(colors.accent()).isEqualTo("#e4572e");
	}

}
