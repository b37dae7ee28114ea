package dev.doorstep.tracking;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.shop.Shop;
import dev.doorstep.tracking.internal.Languages;
import dev.doorstep.tracking.internal.Pages;
import dev.doorstep.tracking.internal.ShopView;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * For modules with their own shopper pages (a claim form, a return form): the same
 * language choice, shop look and headers as the tracking page. Their templates use the
 * fragments of {@code templates/tracking/layout.html} ({@code head(title)}, {@code top},
 * {@code bottom}), which read the {@code shop} this puts into the model.
 */
@Component
public class ShopperPages {

	private final Pages pages;

	ShopperPages(Pages pages) {
		this.pages = pages;
	}

	/**
	 * The shopper's language: {@code ?lang=} when the shop supports it, else the first
	 * supported one of {@code Accept-Language}, else the shop's default.
	 */
	public Locale language(Shop shop, @Nullable String lang, HttpServletRequest request) {
		return Languages.choose(shop, lang, request);
	}

	/**
	 * A page in the shop's look that answers this request only (never stored: shopper
	 * pages are personal and forms change them).
	 */
	public ResponseEntity<String> page(HttpStatusCode status, String template, Shop shop, Locale locale,
			Map<String, Object> model) {
		Map<String, Object> all = new LinkedHashMap<>(model);
		all.put("shop", ShopView.of(shop, locale.getLanguage()));
		return this.pages.once(status, template, locale, all);
	}

	/** The tracking page's "link not found" page, in the neutral language. */
	public ResponseEntity<String> notFound() {
		return this.pages.notFound();
	}

}
