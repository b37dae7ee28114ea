package dev.doorstep.shop;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A shop as shoppers see it: name, brand, languages, time zone and the ways to reach its
 * support.
 */
public record Shop(ShopId id, String slug, String name, Brand brand, String defaultLocale,
		List<String> supportedLocales, ZoneId timeZone, SupportContacts support, @Nullable String websiteUrl) {

	/** The shop's look on shopper-facing pages and messages. */
	public record Brand(@Nullable String logoUrl, String primaryColor, String accentColor) {
	}

	/** How shoppers reach the shop's support. */
	public record SupportContacts(@Nullable String email, @Nullable String phone, @Nullable String openingHours) {
	}

	/**
	 * Picks the best supported locale: the requested language if the shop supports it,
	 * else the shop's default.
	 */
	public Locale localeFor(@Nullable Locale requested) {
		if (requested != null && this.supportedLocales.contains(requested.getLanguage())) {
			return Locale.of(requested.getLanguage());
		}
		return Locale.of(this.defaultLocale);
	}

	public boolean supports(String language) {
		return this.supportedLocales.contains(language);
	}

}
