package dev.doorstep.claim.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.claim.FileResult;
import dev.doorstep.claim.NewClaim;
import dev.doorstep.claim.Resolution;
import dev.doorstep.claim.ResolutionPolicy;
import dev.doorstep.claim.internal.ClaimProperties;
import dev.doorstep.claim.internal.ClaimTexts;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ShopperPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

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
 * The shopper's claim pages, public behind random tokens like the tracking page: the form
 * under the parcel's link ({@code /t/{token}/claim}) and the claim's status page
 * ({@code /c/{claimToken}}). Plain forms, no JavaScript, no session: a filed claim
 * redirects to its status page (POST-redirect-GET), a form with errors comes back with
 * the errors next to their fields.
 */
@Controller
class ClaimPageController {

	private static final long MEGABYTE = 1024 * 1024;

	private final Claims claims;

	private final Shipments shipments;

	private final Orders orders;

	private final Shops shops;

	private final ShopperPages pages;

	private final ClaimTexts texts;

	private final ClaimProperties properties;

	ClaimPageController(Claims claims, Shipments shipments, Orders orders, Shops shops, ShopperPages pages,
			ClaimTexts texts, ClaimProperties properties) {
		this.claims = claims;
		this.shipments = shipments;
		this.orders = orders;
		this.shops = shops;
		this.pages = pages;
		this.texts = texts;
		this.properties = properties;
	}

	/** A parcel behind its tracking link, with its order and shop. */
	private record Parcel(Shipment shipment, Order order, Shop shop) {
	}

	private Optional<Parcel> parcel(String token) {
		return this.shipments.findByToken(token)
			.flatMap(shipment -> this.orders.find(shipment.shopId(), shipment.orderId())
				.flatMap(order -> this.shops.find(shipment.shopId()).map(shop -> new Parcel(shipment, order, shop))));
	}

	@GetMapping("/t/{token}/claim")
	ResponseEntity<String> form(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String type, HttpServletRequest request) {
		Optional<Parcel> parcel = parcel(token);
		if (parcel.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(parcel.get().shop(), lang, request);
		return form(parcel.get(), locale, new Form(type(type), Map.of(), null, false, null, null), Map.of(),
				HttpStatus.OK);
	}

	@PostMapping(path = "/t/{token}/claim")
	ResponseEntity<String> file(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String declared,
			@RequestParam(required = false) @Nullable String declaration,
			@RequestParam(required = false) @Nullable String resolution,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
		Optional<Parcel> found = parcel(token);
		if (found.isEmpty()) {
			return this.pages.notFound();
		}
		Parcel parcel = found.get();
		Locale locale = this.pages.language(parcel.shop(), lang, request);
		Map<String, Integer> quantities = quantities(params);
		Resolution preferred = resolution(resolution);
		Form form = new Form(type(type), quantities, description, declared != null, declaration, preferred);
		if (form.type() == null) {
			return form(parcel, locale, form, Map.of("type", List.of(this.texts.text("claim.error.type", locale))),
					HttpStatus.BAD_REQUEST);
		}
		String statement = (declared != null) ? this.texts.text("claim.form.declaration", locale) : null;
		String declarationText = (statement == null) ? null
				: (declaration == null || declaration.isBlank()) ? statement : statement + "\n\n" + declaration.strip();
		FileResult result = this.claims.file(parcel.shipment().shopId(), parcel.shipment().id(), new NewClaim(
				form.type(), quantities, description, declared != null, declarationText, preferred, uploads(photos)));
		return switch (result) {
			case FileResult.Filed filed -> {
				UriComponentsBuilder target = UriComponentsBuilder.fromPath("/c/" + filed.claim().publicToken())
					.queryParam("lang", locale.getLanguage())
					.queryParam("filed", "1");
				yield ResponseEntity.status(HttpStatus.SEE_OTHER)
					.location(target.encode().build().toUri())
					.header("X-Robots-Tag", "noindex")
					.build();
			}
			case FileResult.NotEligible notEligible -> form(parcel, locale, form,
					Map.of("type", List.of(this.texts.reason(notEligible.eligibility(), locale))), HttpStatus.CONFLICT);
			case FileResult.Invalid invalid ->
				form(parcel, locale, form, errors(invalid.violations(), locale), HttpStatus.BAD_REQUEST);
		};
	}

	@GetMapping("/c/{claimToken}")
	ResponseEntity<String> status(@PathVariable String claimToken,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String filed, HttpServletRequest request) {
		Optional<Claim> found = this.claims.findByToken(claimToken);
		Optional<Parcel> parcel = found.flatMap(claim -> this.shipments.find(claim.shopId(), claim.shipmentId()))
			.flatMap(shipment -> parcel(shipment.publicToken()));
		if (found.isEmpty() || parcel.isEmpty()) {
			return this.pages.notFound();
		}
		Claim claim = found.get();
		Shop shop = parcel.get().shop();
		Locale locale = this.pages.language(shop, lang, request);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<Map<String, Object>> history = new ArrayList<>();
		for (Claim.Step step : this.claims.history(claim.shopId(), claim.id())) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("when", LocalDate.ofInstant(step.at(), shop.timeZone()).format(dates));
			entry.put("status", this.texts.status(step.status(), locale));
			history.add(entry);
		}
		// Newest first, as on the tracking page.
		java.util.Collections.reverse(history);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("claim", claim);
		model.put("type", this.texts.type(claim.type(), locale));
		model.put("status", this.texts.status(claim.status(), locale));
		model.put("filedOn", LocalDate.ofInstant(claim.createdAt(), shop.timeZone()).format(dates));
		model.put("history", history);
		model.put("filed", "1".equals(filed));
		model.put("rejected", claim.status() == ClaimStatus.REJECTED);
		model.put("refund",
				(claim.refundAmount() != null) ? money(claim.refundAmount(), claim.currency(), locale) : null);
		model.put("tracking", "/t/" + parcel.get().shipment().publicToken() + "?lang=" + locale.getLanguage());
		return this.pages.page(HttpStatus.OK, "claim/status", shop, locale, model);
	}

	/** What the shopper entered, shown again when the form comes back. */
	record Form(@Nullable ClaimType type, Map<String, Integer> quantities, @Nullable String description,
			boolean declared, @Nullable String declaration, @Nullable Resolution resolution) {

		public int quantity(String sku) {
			return this.quantities.getOrDefault(sku, 0);
		}

	}

	/**
	 * One option of the form: a claim type, whether it is open now and the rule's words.
	 */
	record Option(String value, String label, String hint, boolean open, String reason, boolean photos, boolean items,
			boolean declaration) {
	}

	/** One line of the parcel the shopper may name as affected. */
	record Line(String sku, String name, @Nullable String variant, int quantity) {
	}

	private ResponseEntity<String> form(Parcel parcel, Locale locale, Form form, Map<String, List<String>> errors,
			HttpStatus status) {
		List<Eligibility> rules = this.claims.eligibility(parcel.shipment(), parcel.order());
		List<Option> options = rules.stream()
			.map(rule -> new Option(rule.type().name(), this.texts.type(rule.type(), locale),
					this.texts.text("claim.type." + rule.type().key() + ".hint", locale), rule.eligible(),
					this.texts.reason(rule, locale), rule.type().needsPhotos(), rule.type().needsItems(),
					rule.type().needsDeclaration()))
			.toList();
		boolean anyOpen = options.stream().anyMatch(Option::open);
		ClaimType selected = form.type();
		if (selected == null || rules.stream().noneMatch(rule -> rule.type() == form.type() && rule.eligible())) {
			selected = rules.stream().filter(Eligibility::eligible).map(Eligibility::type).findFirst().orElse(null);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("options", options);
		model.put("anyOpen", anyOpen);
		model.put("selected", (selected != null) ? selected.name() : "");
		model.put("form", form);
		model.put("errors", errors);
		model.put("lines", lines(parcel));
		model.put("orderNumber", parcel.order().orderNumber());
		model.put("trackingNumber", parcel.shipment().trackingNumber());
		model.put("choice", this.claims.settings(parcel.shop().id()).resolution() == ResolutionPolicy.SHOPPER_CHOICE);
		model.put("maxPhotos", this.properties.maxPhotos());
		model.put("maxMb", this.properties.maxPhotoSize().toBytes() / MEGABYTE);
		model.put("action", "/t/" + parcel.shipment().publicToken() + "/claim");
		model.put("tracking", "/t/" + parcel.shipment().publicToken() + "?lang=" + locale.getLanguage());
		return this.pages.page(status, "claim/form", parcel.shop(), locale, model);
	}

	private static List<Line> lines(Parcel parcel) {
		List<Line> lines = new ArrayList<>();
		if (parcel.shipment().items().isEmpty()) {
			parcel.order()
				.items()
				.forEach(item -> lines.add(new Line(item.sku(), item.name(), item.variant(), item.quantity())));
			return lines;
		}
		for (Shipment.Item item : parcel.shipment().items()) {
			Optional<Order.LineItem> line = parcel.order().item(item.sku());
			lines.add(new Line(item.sku(), line.map(Order.LineItem::name).orElse(item.sku()),
					line.map(Order.LineItem::variant).orElse(null), item.quantity()));
		}
		return lines;
	}

	/** {@code sku} and {@code qty} fields come in pairs, one per line of the parcel. */
	private static Map<String, Integer> quantities(MultiValueMap<String, String> params) {
		List<String> skus = params.getOrDefault("sku", List.of());
		List<String> quantities = params.getOrDefault("qty", List.of());
		Map<String, Integer> result = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(skus.size(), quantities.size()); i++) {
			try {
				int quantity = Integer.parseInt(quantities.get(i).strip());
				if (quantity > 0) {
					result.merge(skus.get(i), quantity, Integer::sum);
				}
			}
			catch (NumberFormatException ex) {
				// Left empty or not a number: the item is not named.
			}
		}
		return result;
	}

	private static @Nullable ClaimType type(@Nullable String value) {
		if (value == null) {
			return null;
		}
		for (ClaimType type : ClaimType.values()) {
			if (type.name().equals(value)) {
				return type;
			}
		}
		return null;
	}

	private static @Nullable Resolution resolution(@Nullable String value) {
		return "REFUND".equals(value) ? Resolution.REFUND : "RESHIP".equals(value) ? Resolution.RESHIP : null;
	}

	private static List<NewClaim.Upload> uploads(@Nullable List<MultipartFile> photos) {
		if (photos == null) {
			return List.of();
		}
		List<NewClaim.Upload> uploads = new ArrayList<>();
		for (MultipartFile photo : photos) {
			try {
				uploads.add(new NewClaim.Upload(photo.getOriginalFilename(), photo.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	/** The service's message keys in the shopper's words, per field, each once. */
	private Map<String, List<String>> errors(List<FieldViolation> violations, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			String text = this.texts.text(violation.reason(), locale, this.properties.maxPhotos(),
					this.properties.maxPhotoSize().toBytes() / MEGABYTE);
			List<String> field = errors.computeIfAbsent(violation.field(), key -> new ArrayList<>());
			if (!field.contains(text)) {
				field.add(text);
			}
		}
		return errors;
	}

	private static String money(java.math.BigDecimal amount, String currency, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(java.util.Currency.getInstance(currency));
		return format.format(amount);
	}

}
