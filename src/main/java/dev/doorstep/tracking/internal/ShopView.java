package dev.doorstep.tracking.internal;

import java.util.List;

import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * What shopper pages show of a shop: its look and the ways to reach it.
 *
 * @param languages the language switch, in the shop's order, the current one marked
 */
public record ShopView(String slug, String name, @Nullable String logoUrl, BrandColors colors, @Nullable String email,
		@Nullable String phone, @Nullable String phoneHref, @Nullable String openingHours, @Nullable String website,
		List<Language> languages) {

	/** One entry of the language switch. */
	public record Language(String code, String name, boolean current) {
	}

	public static ShopView of(Shop shop, String currentLanguage) {
		Shop.SupportContacts support = shop.support();
		String phone = blankToNull(support.phone());
		List<Language> languages = shop.supportedLocales()
			.stream()
			.map(code -> new Language(code, nameOf(code), code.equals(currentLanguage)))
			.toList();
		return new ShopView(shop.slug(), shop.name(), safeLogo(shop.brand().logoUrl()), BrandColors.of(shop.brand()),
				blankToNull(support.email()), phone, (phone != null) ? "tel:" + phone.replaceAll("[^+0-9]", "") : null,
				blankToNull(support.openingHours()), safeUrl(shop.websiteUrl()), languages);
	}

	public boolean hasContacts() {
		return this.email != null || this.phone != null || this.openingHours != null || this.website != null;
	}

	/** A language's name in itself, so shoppers recognise their own. */
	private static String nameOf(String code) {
		java.util.Locale locale = java.util.Locale.of(code);
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A logo is an http(s) link or an inline image ({@code data:image/...}): in an
	 * {@code <img>} even an SVG runs no script, and an inline logo costs no request.
	 */
	static @Nullable String safeLogo(@Nullable String url) {
		if (url != null && INLINE_IMAGE.matcher(url.trim()).lookingAt()) {
			return url.trim();
		}
		return safeUrl(url);
	}

	private static final java.util.regex.Pattern INLINE_IMAGE = java.util.regex.Pattern
		.compile("data:image/(png|jpeg|gif|webp|svg\\+xml)[;,]");

	/** Only http(s) links reach the page, never {@code javascript:} or the like. */
	private static @Nullable String safeUrl(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String trimmed = url.trim();
		return (trimmed.startsWith("https://") || trimmed.startsWith("http://")) ? trimmed : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
