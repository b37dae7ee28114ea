package dev.doorstep.recommendation.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.internal.ThankYouProducts;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The thank-you page fragment a shop puts into its order confirmation page: {@code GET
 * /embed/thank-you/{token}} with an order's public token (the order API's
 * {@code thankYouUrl}) or one of its parcels' tracking tokens. What happens next, the
 * delivery window once a parcel has one, a link to the tracking page's Updates section,
 * and 3 to 6 products behind signed links; English or German. No script and no inline
 * style (CSP-friendly); fetchable from the shop's own website origin and its allowed
 * origins only (CORS, {@link PublicSites#allowedOrigins}); the embed widget
 * {@code <doorstep-thank-you>} shows it inside its Shadow DOM.
 */
@RestController
class ThankYouController {

	private static final Locale GERMAN = Locale.GERMAN;

	private final Orders orders;

	private final Shipments shipments;

	private final Shops shops;

	private final TrackingLinks trackingLinks;

	private final DeliveryPromises promises;

	private final ThankYouProducts products;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final PublicSites sites;

	ThankYouController(Orders orders, Shipments shipments, Shops shops, TrackingLinks trackingLinks,
			DeliveryPromises promises, ThankYouProducts products, MessageSource messages, ITemplateEngine templates,
			PublicSites sites) {
		this.sites = sites;
		this.orders = orders;
		this.shipments = shipments;
		this.shops = shops;
		this.trackingLinks = trackingLinks;
		this.promises = promises;
		this.products = products;
		this.messages = messages;
		this.templates = templates;
	}

	@GetMapping("/embed/thank-you/{token}")
	ResponseEntity<String> fragment(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ORIGIN, required = false) @Nullable String origin) {
		Optional<Order> found = this.orders.findByPublicToken(token)
			.or(() -> this.shipments.findByToken(token)
				.flatMap(shipment -> this.orders.find(shipment.shopId(), shipment.orderId())));
		Optional<Shop> shop = found.flatMap(order -> this.shops.find(order.shopId()));
		if (found.isEmpty() || shop.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.header("X-Robots-Tag", "noindex")
				.body("Not found");
		}
		Order order = found.get();
		Locale locale = language(lang, order.locale(), shop.get());
		// The newest parcel: the one the shopper will hear about next.
		Optional<Shipment> parcel = this.shipments.forOrder(order.shopId(), order.id())
			.stream()
			.max(Comparator.comparing(Shipment::createdAt));
		Map<String, Object> model = new HashMap<>();
		model.put("lang", locale.getLanguage());
		model.put("next", parcel
			.map(shipment -> message("thankyou.shipped", locale, order.orderNumber(), shipment.carrier().displayName()))
			.orElseGet(() -> message("thankyou.packing", locale, order.orderNumber())));
		model.put("window",
				parcel.flatMap(shipment -> this.promises.forShipment(order.shopId(), shipment.id()))
					.map(promise -> window(promise.current().window(), locale))
					.orElse(null));
		model.put("updatesUrl",
				parcel.map(shipment -> this.trackingLinks.url(shipment) + "?lang=" + locale.getLanguage() + "#updates")
					.orElse(null));
		model.put("products", this.products.forOrder(order, locale));
		String html = this.templates.process("recommendation/thank-you", new Context(locale, model));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
		headers.set("Content-Security-Policy", "default-src 'none'; img-src https: http:; frame-ancestors *");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("X-Robots-Tag", "noindex");
		headers.setCacheControl("no-store");
		headers.set(HttpHeaders.VARY, "Origin");
		if (origin != null && this.sites.allows(order.shopId(), origin)) {
			headers.setAccessControlAllowOrigin(origin);
		}
		return new ResponseEntity<>(html, headers, HttpStatus.OK);
	}

	/**
	 * German when asked for, else the order's language, else the shop's; else English.
	 */
	static Locale language(@Nullable String lang, @Nullable String orderLocale, Shop shop) {
		for (String candidate : java.util.Arrays.asList(lang, orderLocale, shop.defaultLocale())) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip().toLowerCase(Locale.ROOT).startsWith("de") ? GERMAN : Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

	private String window(DeliveryWindow window, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String days = window.earliest().equals(window.latest()) ? date.format(window.earliest())
				: date.format(window.earliest()) + " – " + date.format(window.latest());
		return message("thankyou.window", locale, days);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
