package dev.doorstep.support.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.Answer;
import dev.doorstep.support.Assistant;
import dev.doorstep.support.Channel;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.FaqTopic;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.Intent;
import dev.doorstep.support.Question;
import dev.doorstep.support.internal.QuestionLimiter;
import dev.doorstep.tracking.ShopperPages;
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
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The shopper side of support: the help page (FAQ by topic, search, question box) and the
 * question box's answers. A form post answers with a page (works without JavaScript); the
 * chat script posts the same form to the {@code .json} twin. The tracking page's box asks
 * about its parcel (the page's random token is the proof the shopper may know it); the
 * help, look-up and returns pages ask in general. Like the page's other forms these are
 * sessionless and keyed by the token, so they need no CSRF token (see
 * SecurityConfiguration); they change nothing but add a PII-masked conversation, and are
 * rate-limited per client.
 */
@Controller
class AskController {

	private final Shops shops;

	private final Shipments shipments;

	private final Assistant assistant;

	private final Faqs faqs;

	private final ShopperPages pages;

	private final QuestionLimiter limiter;

	AskController(Shops shops, Shipments shipments, Assistant assistant, Faqs faqs, ShopperPages pages,
			QuestionLimiter limiter) {
		this.shops = shops;
		this.shipments = shipments;
		this.assistant = assistant;
		this.faqs = faqs;
		this.pages = pages;
		this.limiter = limiter;
	}

	@GetMapping("/s/{shopSlug}/help")
	ResponseEntity<String> help(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String q, HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		Map<String, Object> model = helpModel(shop.get(), locale);
		if (q != null && !q.isBlank()) {
			String query = q.strip().substring(0, Math.min(q.strip().length(), Question.MAX_LENGTH));
			model.put("query", query);
			model.put("results",
					this.faqs.search(shop.get().id(), faqLanguage(shop.get(), locale), query, 5)
						.stream()
						.map(match -> SupportSections.FaqView.of(match.entry()))
						.toList());
		}
		return this.pages.page(HttpStatus.OK, "support/help", shop.get(), locale, model);
	}

	@PostMapping("/s/{shopSlug}/help/ask")
	ResponseEntity<String> askOnHelp(@PathVariable String shopSlug,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String intent, HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		Map<String, Object> model = helpModel(shop.get(), locale);
		return answerPage(shop.get(), null, locale, question, intent, request, model, "support/help");
	}

	@PostMapping(path = "/s/{shopSlug}/help/ask.json")
	@ResponseBody
	ResponseEntity<?> askOnHelpJson(@PathVariable String shopSlug,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String intent, HttpServletRequest request) {
		return this.shops.findBySlug(shopSlug)
			.<ResponseEntity<?>>map(
					shop -> answerJson(shop, null, this.pages.language(shop, lang, request), question, intent, request))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/t/{token}/ask")
	ResponseEntity<String> askOnTracking(@PathVariable String token,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String intent, HttpServletRequest request) {
		Optional<Parcel> parcel = parcel(token);
		if (parcel.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(parcel.get().shop(), lang, request);
		Map<String, Object> model = new HashMap<>();
		model.put("action", "/t/" + token + "/ask");
		model.put("back", "/t/" + token + "?lang=" + locale.getLanguage());
		return answerPage(parcel.get().shop(), parcel.get().shipment(), locale, question, intent, request, model,
				"support/answer");
	}

	@PostMapping("/t/{token}/ask.json")
	@ResponseBody
	ResponseEntity<?> askOnTrackingJson(@PathVariable String token,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String intent, HttpServletRequest request) {
		return parcel(token)
			.<ResponseEntity<?>>map(found -> answerJson(found.shop(), found.shipment(),
					this.pages.language(found.shop(), lang, request), question, intent, request))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private ResponseEntity<String> answerPage(Shop shop, @Nullable Shipment shipment, Locale locale,
			@Nullable String question, @Nullable String intent, HttpServletRequest request, Map<String, Object> model,
			String template) {
		model.putIfAbsent("action", "/s/" + shop.slug() + "/help/ask");
		if (question == null || question.isBlank()) {
			model.put("boxError", "support.box.empty");
			return this.pages.page(HttpStatus.BAD_REQUEST, template, shop, locale, model);
		}
		Duration wait = this.limiter.tryAsk(shop.id().value() + "|" + this.pages.clientAddress(request));
		if (wait != null) {
			model.put("boxError", "support.box.limited");
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
			return this.pages.page(HttpStatus.TOO_MANY_REQUESTS, template, shop, locale, model, headers);
		}
		Answer answer = this.assistant.answer(question(shop, shipment, locale, question, intent));
		model.put("question", question.strip());
		model.put("answer", answer);
		return this.pages.page(HttpStatus.OK, template, shop, locale, model);
	}

	private ResponseEntity<?> answerJson(Shop shop, @Nullable Shipment shipment, Locale locale,
			@Nullable String question, @Nullable String intent, HttpServletRequest request) {
		if (question == null || question.isBlank()) {
			return ResponseEntity.badRequest().body(Map.of("error", "question"));
		}
		Duration wait = this.limiter.tryAsk(shop.id().value() + "|" + this.pages.clientAddress(request));
		if (wait != null) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)))
				.body(Map.of("error", "limited"));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(AnswerJson.of(this.assistant.answer(question(shop, shipment, locale, question, intent))));
	}

	private static Question question(Shop shop, @Nullable Shipment shipment, Locale locale, String text,
			@Nullable String intent) {
		Intent chosen = null;
		if (intent != null) {
			try {
				chosen = Intent.valueOf(intent);
			}
			catch (IllegalArgumentException ex) {
				// a tampered button: the model decides
			}
		}
		return new Question(shop.id(), (shipment != null) ? shipment.orderId() : null,
				(shipment != null) ? shipment.id() : null, text, locale, Channel.WEB, chosen);
	}

	private Map<String, Object> helpModel(Shop shop, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Map<FaqTopic, List<FaqEntry>> byTopic = this.faqs.byTopic(shop.id(), faqLanguage(shop, locale));
		model.put("topics",
				byTopic.entrySet()
					.stream()
					.map(entry -> new TopicView(entry.getKey(),
							entry.getValue().stream().map(SupportSections.FaqView::of).toList()))
					.toList());
		model.put("action", "/s/" + shop.slug() + "/help/ask");
		model.put("searchAction", "/s/" + shop.slug() + "/help");
		model.put("lookup", "/s/" + shop.slug() + "/track?lang=" + locale.getLanguage());
		return model;
	}

	private static String faqLanguage(Shop shop, Locale locale) {
		return shop.supports(locale.getLanguage()) ? locale.getLanguage() : shop.defaultLocale();
	}

	/** The parcel behind a tracking token and its shop. */
	private Optional<Parcel> parcel(String token) {
		return this.shipments.findByToken(token)
			.flatMap(shipment -> this.shops.find(shipment.shopId()).map(shop -> new Parcel(shop, shipment)));
	}

	private record Parcel(Shop shop, Shipment shipment) {
	}

	/** One topic of the help page. */
	record TopicView(FaqTopic topic, List<SupportSections.FaqView> entries) {
	}

}
