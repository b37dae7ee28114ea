package dev.doorstep.shop;

import java.util.Arrays;
import java.util.List;

import dev.doorstep.runtime.FieldViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop's own domain and allowed origins: https origins only, stored canonically. */
class PublicSiteTests {

	@Test
	void canonicalFormIsLowerCaseWithoutDefaultPortOrTrailingSlash() {
		PublicSite site = new PublicSite("HTTPS://Track.Shop.Example:443/",
				List.of("https://WWW.shop.example", "https://www.shop.example/", "http://localhost:3000"));

		assertThat(site.check()).isEqualTo(new PublicSite.Checked.Valid(new PublicSite("https://track.shop.example",
				List.of("https://www.shop.example", "http://localhost:3000"))));
		assertThat(new PublicSite("https://track.shop.example:8443", List.of()).publicHost())
			.isEqualTo("track.shop.example:8443");
	}

	@Test
	void httpOnlyForLocalhostAndNothingAfterTheHost() {
		for (String bad : List.of("http://track.shop.example", "https://track.shop.example/orders",
				"https://track.shop.example?x=1", "https://track.shop.example/#top", "ftp://track.shop.example",
				"track.shop.example", "https://user@track.shop.example")) {
			assertThat(new PublicSite(bad, List.of()).check()).as(bad)
				.isEqualTo(new PublicSite.Checked.Invalid(List.of(new FieldViolation("publicBaseUrl",
						"must be https://host[:port] without path, query or fragment (http only for localhost)"))));
		}
		assertThat(new PublicSite("http://localhost:8080", List.of()).check())
			.isInstanceOf(PublicSite.Checked.Valid.class);
	}

	@Test
	void everyBadOriginIsNamedByItsIndex() {
		PublicSite.Checked checked = new PublicSite(null,
				Arrays.asList("https://ok.example", "http://shop.example", null, "*"))
			.check();

		assertThat(checked).isInstanceOfSatisfying(PublicSite.Checked.Invalid.class,
				invalid -> assertThat(invalid.violations()).extracting(FieldViolation::field)
					.containsExactly("allowedOrigins[1]", "allowedOrigins[2]", "allowedOrigins[3]"));
	}

	@Test
	void aWebsiteUrlWithAPathHasAnOrigin() {
		assertThat(PublicSite.websiteOrigin("https://Shop.example/de/checkout")).hasValue("https://shop.example");
		assertThat(PublicSite.websiteOrigin("not a url")).isEmpty();
	}

}
