package dev.doorstep.shop;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a shop; brand colours fall back to neutral defaults.
 */
public record NewShop(String slug, String name, Shop.Brand brand, String defaultLocale, List<String> supportedLocales,
		ZoneId timeZone, Shop.SupportContacts support, @Nullable String websiteUrl) {

	public static NewShop minimal(String slug, String name) {
		return new NewShop(slug, name, new Shop.Brand(null, "#1f3a5f", "#e4572e"), "en", List.of("en", "de"),
				ZoneId.of("Europe/Berlin"), new Shop.SupportContacts(null, null, null), null);
	}

}
