package dev.doorstep.tracking.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ExtraSections;
import dev.doorstep.tracking.PageSections;
import dev.doorstep.tracking.TrackingProperties;
import dev.doorstep.tracking.internal.ClientAddresses;
import dev.doorstep.tracking.internal.Languages;
import dev.doorstep.tracking.internal.LookupLimiter;
import dev.doorstep.tracking.internal.OrderLookup;
import dev.doorstep.tracking.internal.Pages;
import dev.doorstep.tracking.internal.ShopView;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order look-up for shoppers without their tracking link. What they enter is personal
 * data and a guessing target: it is never logged, never echoed back, and an unknown order
 * answers exactly like a wrong email or postcode.
 */
@Controller
class LookupController {

	private final Shops shops;

	private final OrderLookup lookup;

	private final LookupLimiter limiter;

	private final Pages pages;

	private final TrackingProperties properties;

	private final ExtraSections sections;

	LookupController(Shops shops, OrderLookup lookup, LookupLimiter limiter, Pages pages, TrackingProperties properties,
			ExtraSections sections) {
		this.shops = shops;
		this.lookup = lookup;
		this.limiter = limiter;
		this.pages = pages;
		this.properties = properties;
		this.sections = sections;
	}

	@GetMapping("/s/{shopSlug}/track")
	ResponseEntity<String> form(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return notFound();
		}
		Locale locale = Languages.choose(shop.get(), lang, request);
		Map<String, Object> model = model(shop.get(), locale, null);
		model.put("sections", this.sections.html(shop.get(), null, locale, PageSections.Placement.LOOKUP_PAGE));
		return this.pages.cacheable(HttpStatus.OK, "tracking/lookup", locale, model);
	}

	@PostMapping("/s/{shopSlug}/track")
	ResponseEntity<String> submit(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String orderNumber,
			@RequestParam(required = false) @Nullable String contact, HttpServletRequest request) {
		Optional<Shop> found = this.shops.findBySlug(shopSlug);
		if (found.isEmpty()) {
			return notFound();
		}
		Shop shop = found.get();
		Locale locale = Languages.choose(shop, lang, request);
		if (orderNumber == null || orderNumber.isBlank() || contact == null || contact.isBlank()
				|| orderNumber.length() > 100 || contact.length() > 320) {
			return this.pages.once(HttpStatus.BAD_REQUEST, "tracking/lookup", locale,
					model(shop, locale, "lookup.missing"));
		}
		if (this.limiter.tryLookup(ClientAddresses.of(request, this.properties.trustForwardedFor()), shop.id(),
				orderNumber) instanceof LookupLimiter.Limited limited) {
			long minutes = Pages.minutes(limited.retryAfter());
			Map<String, Object> model = model(shop, locale, null);
			model.put("key", "limited");
			model.put("arg", minutes);
			model.put("back", "/s/" + shop.slug() + "/track?lang=" + locale.getLanguage());
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfter().toSeconds() + 1)));
			return this.pages.once(HttpStatus.TOO_MANY_REQUESTS, "tracking/message", locale, model, headers);
		}
		return switch (this.lookup.find(shop, orderNumber, contact)) {
			case OrderLookup.Shipped shipped -> {
				UriComponentsBuilder target = UriComponentsBuilder.fromPath(TrackingLinks.path(shipped.newest()));
				if (lang != null && shop.supports(locale.getLanguage())) {
					target.queryParam("lang", locale.getLanguage());
				}
				yield ResponseEntity.status(HttpStatus.SEE_OTHER)
					.location(target.build().toUri())
					.header("X-Robots-Tag", "noindex")
					.build();
			}
			case OrderLookup.NotShippedYet notShipped -> {
				Map<String, Object> model = model(shop, locale, null);
				model.put("key", "notshipped");
				model.put("arg", notShipped.order().orderNumber());
				yield this.pages.once(HttpStatus.OK, "tracking/message", locale, model);
			}
			case OrderLookup.NoMatch noMatch -> {
				this.limiter.failed(shop.id(), orderNumber);
				yield this.pages.once(HttpStatus.NOT_FOUND, "tracking/lookup", locale,
						model(shop, locale, "lookup.noMatch"));
			}
		};
	}

	private ResponseEntity<String> notFound() {
		return this.pages.notFound();
	}

	private static Map<String, Object> model(Shop shop, Locale locale, @Nullable String error) {
		Map<String, Object> model = new HashMap<>();
		model.put("shop", ShopView.of(shop, locale.getLanguage()));
		model.put("action", "/s/" + shop.slug() + "/track");
		if (error != null) {
			model.put("error", error);
		}
		return model;
	}

}
