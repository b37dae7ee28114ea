package dev.doorstep.shop;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a shop its owner edits in the console.
 */
public record ShopSettings(String name, Shop.Brand brand, String defaultLocale, List<String> supportedLocales,
		ZoneId timeZone, Shop.SupportContacts support, @Nullable String websiteUrl) {
}
