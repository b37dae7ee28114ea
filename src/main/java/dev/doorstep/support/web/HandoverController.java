package dev.doorstep.support.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.Channel;
import dev.doorstep.support.HandoverRequest;
import dev.doorstep.support.HandoverResult;
import dev.doorstep.support.Handovers;
import dev.doorstep.support.Question;
import dev.doorstep.support.internal.QuestionLimiter;
import dev.doorstep.tracking.ShopperPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Contact the shop" under an answer that hands over: a plain form post (no JavaScript)
 * answers with a page, the chat posts the same form to the {@code .json} twin. On the
 * tracking page the parcel's token proves the order; on the help page the shopper leaves
 * an email to be answered at. The shopper then sees the shop's contacts and opening hours
 * in their own time zone ({@code tz}, filled in by handover.js; else the shop's).
 * Rate-limited like the question box, since each post sends an email.
 */
@Controller
class HandoverController {

	private final Shops shops;

	private final Shipments shipments;

	private final Handovers handovers;

	private final ShopperPages pages;

	private final QuestionLimiter limiter;

	HandoverController(Shops shops, Shipments shipments, Handovers handovers, ShopperPages pages,
			QuestionLimiter limiter) {
		this.shops = shops;
		this.shipments = shipments;
		this.handovers = handovers;
		this.pages = pages;
		this.limiter = limiter;
	}

	@PostMapping("/t/{token}/handover")
	ResponseEntity<String> onTracking(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String tz, HttpServletRequest request) {
		Optional<Shipment> shipment = this.shipments.findByToken(token);
		Optional<Shop> shop = shipment.flatMap(found -> this.shops.find(found.shopId()));
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		return page(shop.get(), shipment.get(), lang, question, null, tz, "/t/" + token, request);
	}

	@PostMapping("/t/{token}/handover.json")
	@ResponseBody
	ResponseEntity<?> onTrackingJson(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String tz, HttpServletRequest request) {
		Optional<Shipment> shipment = this.shipments.findByToken(token);
		Optional<Shop> shop = shipment.flatMap(found -> this.shops.find(found.shopId()));
		if (shop.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return json(shop.get(), shipment.get(), lang, question, null, tz, request);
	}

	@PostMapping("/s/{shopSlug}/help/handover")
	ResponseEntity<String> onHelp(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String tz,
			HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		return page(shop.get(), null, lang, question, email, tz, "/s/" + shopSlug + "/help", request);
	}

	@PostMapping("/s/{shopSlug}/help/handover.json")
	@ResponseBody
	ResponseEntity<?> onHelpJson(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String email, @RequestParam(required = false) @Nullable String tz,
			HttpServletRequest request) {
		return this.shops.findBySlug(shopSlug)
			.<ResponseEntity<?>>map(shop -> json(shop, null, lang, question, email, tz, request))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private ResponseEntity<String> page(Shop shop, @Nullable Shipment shipment, @Nullable String lang,
			@Nullable String question, @Nullable String email, @Nullable String tz, String back,
			HttpServletRequest request) {
		Locale locale = this.pages.language(shop, lang, request);
		Map<String, Object> model = new HashMap<>();
		model.put("back", back + "?lang=" + locale.getLanguage());
		String invalid = invalid(shipment, question, email);
		if (invalid != null) {
			model.put("error", invalid);
			model.put("result", this.handovers.contacts(shop.id(), zone(tz), locale));
			return this.pages.page(HttpStatus.BAD_REQUEST, "support/handover", shop, locale, model);
		}
		Duration wait = this.limiter.tryAsk(shop.id().value() + "|" + this.pages.clientAddress(request));
		if (wait != null) {
			model.put("error", "support.box.limited");
			model.put("result", this.handovers.contacts(shop.id(), zone(tz), locale));
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
			return this.pages.page(HttpStatus.TOO_MANY_REQUESTS, "support/handover", shop, locale, model, headers);
		}
		model.put("result", this.handovers.handOver(request(shop, shipment, locale, question, email, tz)));
		model.put("sent", true);
		return this.pages.page(HttpStatus.OK, "support/handover", shop, locale, model);
	}

	private ResponseEntity<?> json(Shop shop, @Nullable Shipment shipment, @Nullable String lang,
			@Nullable String question, @Nullable String email, @Nullable String tz, HttpServletRequest request) {
		String invalid = invalid(shipment, question, email);
		if (invalid != null) {
			return ResponseEntity.badRequest().body(Map.of("error", invalid));
		}
		Duration wait = this.limiter.tryAsk(shop.id().value() + "|" + this.pages.clientAddress(request));
		if (wait != null) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)))
				.body(Map.of("error", "limited"));
		}
		Locale locale = this.pages.language(shop, lang, request);
		HandoverResult result = this.handovers.handOver(request(shop, shipment, locale, question, email, tz));
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(result);
	}

	/** The message key of what is wrong with the form, or {@code null}. */
	private static @Nullable String invalid(@Nullable Shipment shipment, @Nullable String question,
			@Nullable String email) {
		if (question == null || question.isBlank()) {
			return "support.box.empty";
		}
		if (shipment == null
				&& (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254)) {
			return "support.handover.emailNeeded";
		}
		return null;
	}

	private static HandoverRequest request(Shop shop, @Nullable Shipment shipment, Locale locale, String question,
			@Nullable String email, @Nullable String tz) {
		String text = question.strip();
		if (text.length() > Question.MAX_LENGTH) {
			text = text.substring(0, Question.MAX_LENGTH);
		}
		return new HandoverRequest(shop.id(), (shipment != null) ? shipment.orderId() : null,
				(shipment != null) ? shipment.id() : null, text, locale, Channel.WEB,
				(email != null) ? email.strip() : null, zone(tz));
	}

	/** The browser's zone when it names a real one; anything else counts as absent. */
	static @Nullable ZoneId zone(@Nullable String tz) {
		if (tz == null || tz.isBlank() || tz.length() > 64) {
			return null;
		}
		try {
			return ZoneId.of(tz.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
