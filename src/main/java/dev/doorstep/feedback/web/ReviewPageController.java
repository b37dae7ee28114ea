package dev.doorstep.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.feedback.Review;
import dev.doorstep.feedback.Reviews;
import dev.doorstep.feedback.internal.FeedbackProperties;
import dev.doorstep.order.Order;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ShopperPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shopper's feedback pages, public behind random tokens like the tracking page: the
 * review page of a sent request ({@code /f/{token}}) with its thank-you page, and the
 * delivery rating under a parcel's tracking link ({@code /t/{token}/csat}). Plain forms,
 * no JavaScript, no session: a saved form redirects (POST-redirect-GET), a form with
 * errors comes back with the errors next to their fields and what the shopper entered.
 */
@Controller
class ReviewPageController {

	private static final long MEGABYTE = 1024 * 1024;

	private final Reviews reviews;

	private final Shops shops;

	private final Shipments shipments;

	private final ShopperPages pages;

	private final MessageSource messages;

	private final FeedbackProperties properties;

	ReviewPageController(Reviews reviews, Shops shops, Shipments shipments, ShopperPages pages, MessageSource messages,
			FeedbackProperties properties) {
		this.reviews = reviews;
		this.shops = shops;
		this.shipments = shipments;
		this.pages = pages;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/f/{token}")
	ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		Optional<Reviews.ReviewPage> page = this.reviews.open(token);
		Optional<Shop> shop = page.flatMap(found -> this.shops.find(found.request().shopId()));
		if (page.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		return render(page.get(), shop.get(), locale, entered(page.get()), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/f/{token}")
	ResponseEntity<String> submit(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam MultiValueMap<String, MultipartFile> files, HttpServletRequest request) {
		Optional<Reviews.ReviewPage> found = this.reviews.page(token);
		Optional<Shop> shop = found.flatMap(page -> this.shops.find(page.request().shopId()));
		if (found.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		Reviews.ReviewPage page = found.get();
		Locale locale = this.pages.language(shop.get(), lang, request);
		List<Reviews.ItemAnswer> answers = new ArrayList<>();
		Entered entered = new Entered(new LinkedHashMap<>(), new LinkedHashMap<>(), number(params.getFirst("csat")),
				params.getFirst("csatComment"), number(params.getFirst("nps")));
		for (int i = 0; i < page.items().size(); i++) {
			String sku = page.items().get(i).sku();
			Integer stars = number(params.getFirst("stars-" + i));
			String text = params.getFirst("text-" + i);
			MultipartFile photo = files.getFirst("photo-" + i);
			answers.add(new Reviews.ItemAnswer(sku, stars, text, bytes(photo)));
			entered.stars().put(sku, stars);
			entered.texts().put(sku, text);
		}
		Reviews.SubmitResult result = this.reviews.submit(token,
				new Reviews.Submission(answers, entered.csat(), entered.csatComment(), entered.nps()));
		return switch (result) {
			case Reviews.SubmitResult.Saved saved -> ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(UriComponentsBuilder.fromPath("/f/" + token + "/thanks")
					.queryParam("lang", locale.getLanguage())
					.encode()
					.build()
					.toUri())
				.header("X-Robots-Tag", "noindex")
				.build();
			case Reviews.SubmitResult.Invalid invalid ->
				render(page, shop.get(), locale, entered, errors(invalid.violations(), locale), HttpStatus.BAD_REQUEST);
			case Reviews.SubmitResult.NotFound notFound -> this.pages.notFound();
		};
	}

	@GetMapping("/f/{token}/thanks")
	ResponseEntity<String> thanks(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		Optional<Reviews.ReviewPage> page = this.reviews.page(token);
		Optional<Shop> shop = page.flatMap(found -> this.shops.find(found.request().shopId()));
		if (page.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("reviews", page.get().reviews().values());
		model.put("back", "/f/" + token + "?lang=" + locale.getLanguage());
		return this.pages.page(HttpStatus.OK, "feedback/thanks", shop.get(), locale, model);
	}

	/** What the shopper entered (or said before), shown again in the form. */
	record Entered(Map<String, @Nullable Integer> stars, Map<String, @Nullable String> texts, @Nullable Integer csat,
			@Nullable String csatComment, @Nullable Integer nps) {
	}

	private static Entered entered(Reviews.ReviewPage page) {
		Map<String, @Nullable Integer> stars = new LinkedHashMap<>();
		Map<String, @Nullable String> texts = new LinkedHashMap<>();
		page.reviews().forEach((sku, review) -> {
			stars.put(sku, review.stars());
			texts.put(sku, review.text());
		});
		return new Entered(stars, texts, page.csat(), page.csatComment(), page.nps());
	}

	private ResponseEntity<String> render(Reviews.ReviewPage page, Shop shop, Locale locale, Entered entered,
			Map<String, List<String>> errors, HttpStatus status) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < page.items().size(); i++) {
			Order.LineItem line = page.items().get(i);
			Review stored = page.reviews().get(line.sku());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("index", i);
			item.put("sku", line.sku());
			item.put("name", line.name());
			item.put("variant", line.variant());
			item.put("image", line.imageUrl());
			item.put("stars", entered.stars().get(line.sku()));
			item.put("text", entered.texts().get(line.sku()));
			item.put("hasPhoto", stored != null && stored.hasPhoto());
			item.put("starsErrors", errors.getOrDefault("item." + line.sku() + ".stars", List.of()));
			item.put("textErrors", errors.getOrDefault("item." + line.sku() + ".text", List.of()));
			item.put("photoErrors", errors.getOrDefault("item." + line.sku() + ".photo", List.of()));
			items.add(item);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("items", items);
		model.put("orderNumber", page.order().orderNumber());
		model.put("entered", entered);
		model.put("askNps", page.askNps());
		model.put("errors", errors);
		model.put("updating", !page.reviews().isEmpty() || page.csat() != null);
		model.put("maxMb", Math.max(1, this.properties.maxPhotoSize().toBytes() / MEGABYTE));
		model.put("action", "/f/" + page.request().token());
		return this.pages.page(status, "feedback/review", shop, locale, model);
	}

	private Map<String, List<String>> errors(List<FieldViolation> violations, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			errors.computeIfAbsent(violation.field(), key -> new ArrayList<>())
				.add(this.messages.getMessage(violation.reason(),
						new Object[] { Math.max(1, this.properties.maxPhotoSize().toBytes() / MEGABYTE) },
						violation.reason(), locale));
		}
		return errors;
	}

	@GetMapping("/t/{token}/csat")
	ResponseEntity<String> csat(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String done, HttpServletRequest request) {
		Optional<Shipment> shipment = this.shipments.findByToken(token);
		Optional<Shop> shop = shipment.flatMap(found -> this.shops.find(found.shopId()));
		if (shipment.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		return csatPage(shipment.get(), shop.get(), locale, "1".equals(done), null, null, HttpStatus.OK);
	}

	@PostMapping("/t/{token}/csat")
	ResponseEntity<String> rate(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String csat,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request) {
		Optional<Shipment> shipment = this.shipments.findByToken(token);
		Optional<Shop> shop = shipment.flatMap(found -> this.shops.find(found.shopId()));
		if (shipment.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		return switch (this.reviews.rateParcel(shipment.get(), number(csat), comment)) {
			case SAVED,
					ALREADY_RATED ->
				ResponseEntity.status(HttpStatus.SEE_OTHER)
					.location(UriComponentsBuilder.fromPath("/t/" + token + "/csat")
						.queryParam("lang", locale.getLanguage())
						.queryParam("done", "1")
						.encode()
						.build()
						.toUri())
					.build();
			case NOT_DELIVERED -> csatPage(shipment.get(), shop.get(), locale, false, null, null, HttpStatus.CONFLICT);
			case INVALID -> csatPage(shipment.get(), shop.get(), locale, false,
					this.messages.getMessage("feedback.error.csat.range", null, locale), comment,
					HttpStatus.BAD_REQUEST);
		};
	}

	private ResponseEntity<String> csatPage(Shipment shipment, Shop shop, Locale locale, boolean done,
			@Nullable String error, @Nullable String comment, HttpStatus status) {
		Map<String, Object> model = new LinkedHashMap<>();
		Integer given = this.reviews.parcelRating(shipment).orElse(null);
		model.put("delivered", this.reviews.asksParcelRating(shipment) || given != null);
		model.put("given", given);
		model.put("done", done);
		model.put("error", error);
		model.put("comment", comment);
		model.put("trackingNumber", shipment.trackingNumber());
		model.put("action", "/t/" + shipment.publicToken() + "/csat");
		model.put("tracking", "/t/" + shipment.publicToken() + "?lang=" + locale.getLanguage());
		return this.pages.page(status, "feedback/csat", shop, locale, model);
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			// Out of range: the service says so next to the field.
			return -1;
		}
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
