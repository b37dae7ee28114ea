package dev.doorstep.returns.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.PolicyViolation;
import dev.doorstep.returns.ReturnLinks;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.Returns;
import dev.doorstep.returns.internal.PortalAccess;
import dev.doorstep.returns.label.QrCodes;
import dev.doorstep.returns.label.ReturnLabels;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.PublicTokens;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ExtraSections;
import dev.doorstep.tracking.PageSections;
import dev.doorstep.tracking.ShopperPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shopper's returns portal, in plain forms that work without JavaScript and without a
 * session: look-up (or straight in from a tracking page), choose items, reasons and
 * resolutions, review the estimate and add photos, confirm; then the return's own page
 * behind its random token, with the QR code and the label.
 */
@Controller
class PortalController {

	private final Shops shops;

	private final Orders orders;

	private final Shipments shipments;

	private final Returns returns;

	private final PortalAccess access;

	private final ShopperPages pages;

	private final ExtraSections sections;

	PortalController(Shops shops, Orders orders, Shipments shipments, Returns returns, PortalAccess access,
			ShopperPages pages, ExtraSections sections) {
		this.sections = sections;
		this.shops = shops;
		this.orders = orders;
		this.shipments = shipments;
		this.returns = returns;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/s/{shopSlug}/returns")
	ResponseEntity<String> lookup(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		Map<String, Object> model = new HashMap<>(lookupModel(shop.get(), null));
		model.put("sections", this.sections.html(shop.get(), null, locale, PageSections.Placement.RETURNS_PORTAL));
		return this.pages.page(HttpStatus.OK, "returns/lookup", shop.get(), locale, model);
	}

	@PostMapping("/s/{shopSlug}/returns")
	ResponseEntity<String> find(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String orderNumber,
			@RequestParam(required = false) @Nullable String contact, HttpServletRequest request) {
		Optional<Shop> found = this.shops.findBySlug(shopSlug);
		if (found.isEmpty()) {
			return this.pages.notFound();
		}
		Shop shop = found.get();
		Locale locale = this.pages.language(shop, lang, request);
		if (orderNumber == null || orderNumber.isBlank() || contact == null || contact.isBlank()
				|| orderNumber.length() > 100 || contact.length() > 320) {
			return this.pages.page(HttpStatus.BAD_REQUEST, "returns/lookup", shop, locale,
					lookupModel(shop, "returns.lookup.missing"));
		}
		return switch (this.pages.findOrder(shop, orderNumber, contact, request)) {
			case ShopperPages.Lookup.Found order -> redirect(portalPath(shop, order.order()), locale);
			case ShopperPages.Lookup.NoMatch none -> this.pages.page(HttpStatus.NOT_FOUND, "returns/lookup", shop,
					locale, lookupModel(shop, "returns.lookup.noMatch"));
			case ShopperPages.Lookup.Limited limited -> {
				HttpHeaders headers = new HttpHeaders();
				headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfter().toSeconds() + 1)));
				Map<String, Object> model = lookupModel(shop, "returns.lookup.limited");
				model.put("minutes", Math.max(1, (limited.retryAfter().toSeconds() + 59) / 60));
				yield this.pages.page(HttpStatus.TOO_MANY_REQUESTS, "returns/lookup", shop, locale, model, headers);
			}
		};
	}

	/** From a tracking page: the tracking link's token already proves the shopper. */
	@GetMapping("/s/{shopSlug}/returns/t/{trackingToken}")
	ResponseEntity<String> fromTracking(@PathVariable String shopSlug, @PathVariable String trackingToken,
			@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		Optional<Shipment> shipment = this.shipments.findByToken(trackingToken);
		if (shop.isEmpty() || shipment.isEmpty() || !shipment.get().shopId().equals(shop.get().id())) {
			return this.pages.notFound();
		}
		Optional<Order> order = this.orders.find(shop.get().id(), shipment.get().orderId());
		if (order.isEmpty()) {
			return this.pages.notFound();
		}
		return redirect(portalPath(shop.get(), order.get()), this.pages.language(shop.get(), lang, request));
	}

	@GetMapping("/s/{shopSlug}/returns/o/{key}")
	ResponseEntity<String> choose(@PathVariable String shopSlug, @PathVariable String key,
			@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
		Optional<Visit> visit = visit(shopSlug, key);
		if (visit.isEmpty()) {
			return expired(shopSlug, lang, request);
		}
		Locale locale = this.pages.language(visit.get().shop(), lang, request);
		return choosePage(visit.get(), locale, PortalForm.empty(), List.of(), HttpStatus.OK);
	}

	@PostMapping("/s/{shopSlug}/returns/o/{key}/review")
	ResponseEntity<String> review(@PathVariable String shopSlug, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
		Optional<Visit> visit = visit(shopSlug, key);
		if (visit.isEmpty()) {
			return expired(shopSlug, params.getFirst("lang"), request);
		}
		Locale locale = this.pages.language(visit.get().shop(), params.getFirst("lang"), request);
		PortalForm form = PortalForm.of(params);
		List<PortalForm.Problem> problems = new ArrayList<>();
		PortalForm.Parsed parsed = form.request(visit.get().options(), locale, null, Map.of(), problems);
		if (!problems.isEmpty()) {
			return choosePage(visit.get(), locale, form, problems, HttpStatus.BAD_REQUEST);
		}
		if (parsed.request().lines().isEmpty()) {
			return choosePage(visit.get(), locale, form,
					List.of(new PortalForm.Problem("items", "returns.form.items.none")), HttpStatus.BAD_REQUEST);
		}
		return switch (this.returns.quote(visit.get().shop().id(), visit.get().order().id(), parsed.request(), true)) {
			case Returns.QuoteResult.Quoted quoted ->
				summaryPage(visit.get(), locale, form, parsed, quoted.quote(), List.of(), HttpStatus.OK);
			case Returns.QuoteResult.Refused refused -> choosePage(visit.get(), locale, form,
					refusedProblems(parsed, refused.violations()), HttpStatus.UNPROCESSABLE_CONTENT);
			case Returns.QuoteResult.Invalid invalid -> choosePage(visit.get(), locale, form,
					invalidProblems(parsed, invalid.violations()), HttpStatus.BAD_REQUEST);
			case Returns.QuoteResult.OrderNotFound none -> this.pages.notFound();
		};
	}

	@PostMapping("/s/{shopSlug}/returns/o/{key}/confirm")
	ResponseEntity<String> confirm(@PathVariable String shopSlug, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
		Optional<Visit> visit = visit(shopSlug, key);
		if (visit.isEmpty()) {
			return expired(shopSlug, params.getFirst("lang"), request);
		}
		Locale locale = this.pages.language(visit.get().shop(), params.getFirst("lang"), request);
		PortalForm form = PortalForm.of(params);
		Map<Integer, List<byte[]>> photos = photos(request);
		String idempotency = form.value("key");
		List<PortalForm.Problem> problems = new ArrayList<>();
		PortalForm.Parsed parsed = form.request(visit.get().options(), locale,
				idempotency.matches("[A-Za-z0-9_-]{16,64}") ? "portal:" + idempotency : null, photos, problems);
		if (!problems.isEmpty() || parsed.request().lines().isEmpty()) {
			return choosePage(visit.get(), locale, form, problems, HttpStatus.BAD_REQUEST);
		}
		return switch (this.returns.create(visit.get().shop().id(), visit.get().order().id(), parsed.request())) {
			case Returns.CreateResult.Created created -> redirect(ReturnLinks.statusPath(created.request()), locale);
			case Returns.CreateResult.Refused refused -> {
				List<PortalForm.Problem> why = refusedProblems(parsed, refused.violations());
				boolean onlyPhotos = refused.violations().stream().allMatch(v -> v.rule().equals("photos-required"));
				yield onlyPhotos ? summaryAgain(visit.get(), locale, form, parsed, why)
						: choosePage(visit.get(), locale, form, why, HttpStatus.UNPROCESSABLE_CONTENT);
			}
			case Returns.CreateResult.Invalid invalid ->
				summaryAgain(visit.get(), locale, form, parsed, invalidProblems(parsed, invalid.violations()));
			case Returns.CreateResult.OrderNotFound none -> this.pages.notFound();
		};
	}

	@GetMapping("/r/{token}")
	ResponseEntity<String> status(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		Optional<ReturnRequest> found = this.returns.findByToken(token);
		Optional<Shop> shop = found.flatMap(ret -> this.shops.find(ret.shopId()));
		if (found.isEmpty() || shop.isEmpty()) {
			return this.pages.notFound();
		}
		ReturnRequest ret = found.get();
		Locale locale = this.pages.language(shop.get(), lang != null ? lang : ret.locale(), request);
		Map<String, Object> model = new HashMap<>();
		model.put("ret", ret);
		model.put("view", StatusView.of(ret, this.returns.history(ret.shopId(), ret.id()),
				this.returns.policy(ret.shopId()), shop.get(), locale));
		model.put("qr", QrCodes.dataUri(ReturnLabels.qrContent(ret.rma()), 320));
		model.put("labelHref", ReturnLinks.labelPath(ret));
		return this.pages.page(HttpStatus.OK, "returns/status", shop.get(), locale, model);
	}

	@GetMapping("/r/{token}/label.pdf")
	ResponseEntity<?> label(@PathVariable String token) {
		Optional<ReturnRequest> found = this.returns.findByToken(token);
		if (found.isEmpty()) {
			return this.pages.notFound();
		}
		return switch (this.returns.label(found.get().shopId(), found.get().id())) {
			case Returns.LabelResult.Pdf pdf -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"return-" + found.get().rma() + ".pdf\"")
				.header("X-Robots-Tag", "noindex")
				.body(pdf.bytes());
			case Returns.LabelResult.NoLabel none ->
				ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN).body(none.reason());
			case Returns.LabelResult.NotFound missing -> this.pages.notFound();
		};
	}

	private record Visit(Shop shop, Order order, ReturnOptions options, String key) {
	}

	private Optional<Visit> visit(String shopSlug, String key) {
		if (key.length() > 100) {
			return Optional.empty();
		}
		Optional<PortalAccess.Grant> grant = this.access.verify(key);
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (grant.isEmpty() || shop.isEmpty() || !grant.get().shop().equals(shop.get().id())) {
			return Optional.empty();
		}
		Optional<Order> order = this.orders.find(shop.get().id(), grant.get().order());
		Optional<ReturnOptions> options = this.returns.options(shop.get().id(), grant.get().order());
		if (order.isEmpty() || options.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Visit(shop.get(), order.get(), options.get(), key));
	}

	private ResponseEntity<String> expired(String shopSlug, @Nullable String lang, HttpServletRequest request) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return this.pages.notFound();
		}
		Locale locale = this.pages.language(shop.get(), lang, request);
		return this.pages.page(HttpStatus.NOT_FOUND, "returns/lookup", shop.get(), locale,
				lookupModel(shop.get(), "returns.lookup.expired"));
	}

	private String portalPath(Shop shop, Order order) {
		return "/s/" + shop.slug() + "/returns/o/" + this.access.issue(shop.id(), order.id());
	}

	private static ResponseEntity<String> redirect(String path, Locale locale) {
		URI target = UriComponentsBuilder.fromPath(path).queryParam("lang", locale.getLanguage()).build().toUri();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(target).header("X-Robots-Tag", "noindex").build();
	}

	private static Map<String, Object> lookupModel(Shop shop, @Nullable String error) {
		Map<String, Object> model = new HashMap<>();
		model.put("action", "/s/" + shop.slug() + "/returns");
		if (error != null) {
			model.put("error", error);
		}
		return model;
	}

	private ResponseEntity<String> choosePage(Visit visit, Locale locale, PortalForm form,
			List<PortalForm.Problem> problems, HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("view", ChooseView.of(visit.shop(), visit.order(), visit.options(),
				this.returns.forOrder(visit.shop().id(), visit.order().id()), locale));
		model.put("form", form);
		model.put("problems", Problems.of(problems));
		model.put("action", "/s/" + visit.shop().slug() + "/returns/o/" + visit.key() + "/review");
		return this.pages.page(status, "returns/choose", visit.shop(), locale, model);
	}

	private ResponseEntity<String> summaryPage(Visit visit, Locale locale, PortalForm form, PortalForm.Parsed parsed,
			ReturnQuote quote, List<PortalForm.Problem> problems, HttpStatus status) {
		Map<String, Object> model = new HashMap<>();
		model.put("summary", SummaryView.of(visit.options(), parsed, quote, this.returns.policy(visit.shop().id()),
				visit.order(), locale));
		model.put("form", form);
		model.put("key", form.value("key").isBlank() ? PublicTokens.next() : form.value("key"));
		model.put("problems", Problems.of(problems));
		model.put("action", "/s/" + visit.shop().slug() + "/returns/o/" + visit.key() + "/confirm");
		model.put("back", "/s/" + visit.shop().slug() + "/returns/o/" + visit.key() + "?lang=" + locale.getLanguage());
		return this.pages.page(status, "returns/summary", visit.shop(), locale, model);
	}

	private ResponseEntity<String> summaryAgain(Visit visit, Locale locale, PortalForm form, PortalForm.Parsed parsed,
			List<PortalForm.Problem> problems) {
		NewReturn withoutPhotos = new NewReturn(parsed.request()
			.lines()
			.stream()
			.map(line -> new NewReturn.Line(line.sku(), line.quantity(), line.reason(), line.comment(),
					line.resolution(), line.exchangeSku(), List.of()))
			.toList(), parsed.request().method(), parsed.request().storeId(), null, locale);
		if (this.returns.quote(visit.shop().id(), visit.order().id(), withoutPhotos,
				true) instanceof Returns.QuoteResult.Quoted quoted) {
			return summaryPage(visit, locale, form, parsed, quoted.quote(), problems, HttpStatus.BAD_REQUEST);
		}
		return choosePage(visit, locale, form, problems, HttpStatus.BAD_REQUEST);
	}

	private static List<PortalForm.Problem> refusedProblems(PortalForm.Parsed parsed,
			List<PolicyViolation> violations) {
		return violations.stream()
			.map(violation -> new PortalForm.Problem(parsed.field(violation.field()),
					"returns.rule." + violation.rule()))
			.toList();
	}

	private static List<PortalForm.Problem> invalidProblems(PortalForm.Parsed parsed, List<FieldViolation> violations) {
		return violations.stream().map(violation -> {
			String field = parsed.field(violation.field());
			String key = field.startsWith("photos.")
					? (violation.reason().startsWith("is larger") ? "returns.form.photo.size"
							: violation.reason().startsWith("at most") ? "returns.form.photo.count"
									: "returns.form.photo.type")
					: field.startsWith("comment.") ? "returns.form.comment"
							: field.equals("method") ? "returns.form.method" : "returns.form.invalid";
			return new PortalForm.Problem(field.replaceAll("(photos\\.\\d+).*", "$1"), key);
		}).toList();
	}

	/** The photos per order item: file fields {@code photos.<i>}, empty ones skipped. */
	private static Map<Integer, List<byte[]>> photos(HttpServletRequest request) throws IOException {
		Map<Integer, List<byte[]>> photos = new HashMap<>();
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			return photos;
		}
		for (Map.Entry<String, List<MultipartFile>> entry : multipart.getMultiFileMap().entrySet()) {
			if (!entry.getKey().matches("photos\\.\\d{1,3}")) {
				continue;
			}
			int item = Integer.parseInt(entry.getKey().substring("photos.".length()));
			for (MultipartFile file : entry.getValue()) {
				if (!file.isEmpty()) {
					photos.computeIfAbsent(item, ignored -> new ArrayList<>()).add(file.getBytes());
				}
			}
		}
		return photos;
	}

	/** The form's problems by field, for the templates. */
	public record Problems(Map<String, PortalForm.Problem> byField, List<PortalForm.Problem> all) {

		static Problems of(List<PortalForm.Problem> problems) {
			Map<String, PortalForm.Problem> byField = new HashMap<>();
			problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
			return new Problems(byField, problems);
		}

		public PortalForm.@Nullable Problem get(String field) {
			return this.byField.get(field);
		}

		public boolean any() {
			return !this.all.isEmpty();
		}

	}

}
