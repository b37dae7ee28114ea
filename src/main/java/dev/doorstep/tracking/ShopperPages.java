package dev.doorstep.tracking;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.order.Order;
import dev.doorstep.shop.Shop;
import dev.doorstep.tracking.internal.ClientAddresses;
import dev.doorstep.tracking.internal.Languages;
import dev.doorstep.tracking.internal.LookupLimiter;
import dev.doorstep.tracking.internal.OrderLookup;
import dev.doorstep.tracking.internal.Pages;
import dev.doorstep.tracking.internal.ShopView;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The shopper side's look and rules for other modules' public pages (returns portal,
 * claims): the shop's brand and the shared layout
 * ({@code templates/tracking/layout.html}, whose fragments read {@code shop} and
 * {@code lang}), the language choice, and the rate-limited order look-up that the
 * tracking look-up uses, so that one shopper's attempts count once however many pages
 * they try.
 */
@Component
public class ShopperPages {

	private final Pages pages;

	private final OrderLookup lookup;

	private final LookupLimiter limiter;

	private final TrackingProperties properties;

	ShopperPages(Pages pages, OrderLookup lookup, LookupLimiter limiter, TrackingProperties properties) {
		this.pages = pages;
		this.lookup = lookup;
		this.limiter = limiter;
		this.properties = properties;
	}

	/**
	 * The page language: {@code ?lang=} if the shop offers it, else the browser's, else
	 * the shop's.
	 */
	public Locale language(Shop shop, @Nullable String lang, HttpServletRequest request) {
		return Languages.choose(shop, lang, request);
	}

	/**
	 * Renders a page that answers this request only (no caching, not indexed). The model
	 * gets {@code shop} (brand, contacts, languages) and {@code lang}.
	 */
	public ResponseEntity<String> page(HttpStatusCode status, String template, Shop shop, Locale locale,
			Map<String, Object> model) {
		return this.pages.once(status, template, locale, with(shop, locale, model));
	}

	/** As {@link #page}, with extra headers (e.g. {@code Retry-After}). */
	public ResponseEntity<String> page(HttpStatusCode status, String template, Shop shop, Locale locale,
			Map<String, Object> model, HttpHeaders headers) {
		return this.pages.once(status, template, locale, with(shop, locale, model), headers);
	}

	/** The page for a link or shop that does not exist. */
	public ResponseEntity<String> notFound() {
		return this.pages.notFound();
	}

	private static Map<String, Object> with(Shop shop, Locale locale, Map<String, Object> model) {
		Map<String, Object> all = new HashMap<>(model);
		all.put("shop", ShopView.of(shop, locale.getLanguage()));
		return all;
	}

	/**
	 * The client's address for rate limits, with {@code X-Forwarded-For} honoured only
	 * when {@code doorstep.tracking.trust-forwarded-for} says a proxy sets it.
	 */
	public String clientAddress(HttpServletRequest request) {
		return ClientAddresses.of(request, this.properties.trustForwardedFor());
	}

	/** What a look-up of an order by number and email or postcode found. */
	public sealed interface Lookup {

		record Found(Order order) implements Lookup {
		}

		/** No such order, or the email or postcode does not match: the same answer. */
		record NoMatch() implements Lookup {
		}

		/** Too many attempts from this client or for this order number. */
		record Limited(Duration retryAfter) implements Lookup {
		}

	}

	/**
	 * Finds the shopper's order by number plus email or postcode, under the same limits
	 * as the tracking look-up; a failure counts against the order number.
	 */
	public Lookup findOrder(Shop shop, String orderNumber, String emailOrPostcode, HttpServletRequest request) {
		if (this.limiter.tryLookup(ClientAddresses.of(request, this.properties.trustForwardedFor()), shop.id(),
				orderNumber) instanceof LookupLimiter.Limited limited) {
			return new Lookup.Limited(limited.retryAfter());
		}
		return switch (this.lookup.find(shop, orderNumber, emailOrPostcode)) {
			case OrderLookup.Shipped shipped ->
				this.lookup.order(shop, shipped.newest()).<Lookup>map(Lookup.Found::new).orElseGet(Lookup.NoMatch::new);
			case OrderLookup.NotShippedYet notShipped -> new Lookup.Found(notShipped.order());
			case OrderLookup.NoMatch noMatch -> {
				this.limiter.failed(shop.id(), orderNumber);
				yield new Lookup.NoMatch();
			}
		};
	}

}
