package dev.doorstep.returns.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.PolicyViolation;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnQuery;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.returns.Returns;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns over the merchant API: the policy, what an order allows, creating returns under
 * the same policy checks as the portal (a refused item answers 422 naming the field and
 * the rule), and the merchant's steps from approval to the confirmed refund.
 */
@RestController
@RequestMapping("/api/v1/returns")
class ReturnController {

	private final Returns returns;

	private final TrackingLinks links;

	ReturnController(Returns returns, TrackingLinks links) {
		this.returns = returns;
		this.links = links;
	}

	@GetMapping("/policy")
	ReturnPolicy policy(ShopId shop) {
		return this.returns.policy(shop);
	}

	/** The policy as sent: a missing field takes the default of a new shop. */
	record PolicyJson(@Nullable Integer windowDays, @Nullable Map<String, Integer> categoryWindowDays,
			@Nullable Set<String> nonReturnableCategories, @Nullable List<ReturnPolicy.Zone> zones,
			@Nullable Set<ReturnMethod> methods, @Nullable Map<ReturnMethod, BigDecimal> methodFees,
			@Nullable Map<ReturnReason, BigDecimal> reasonFees, @Nullable Set<ReturnReason> photoReasons,
			@Nullable Boolean autoApprove, @Nullable Boolean exchanges, @Nullable Boolean freeExchanges,
			@Nullable Boolean storeCredit, @Nullable Integer storeCreditBonusPercent,
			@Nullable BigDecimal keepItemBelow, @Nullable List<ReturnPolicy.Store> stores,
			dev.doorstep.returns.label.@Nullable Address returnAddress) {

		ReturnPolicy policy() {
			ReturnPolicy d = ReturnPolicy.defaults();
			return new ReturnPolicy(or(this.windowDays, d.windowDays()),
					or(this.categoryWindowDays, d.categoryWindowDays()),
					or(this.nonReturnableCategories, d.nonReturnableCategories()), or(this.zones, d.zones()),
					or(this.methods, d.methods()), or(this.methodFees, d.methodFees()),
					or(this.reasonFees, d.reasonFees()), or(this.photoReasons, d.photoReasons()),
					or(this.autoApprove, d.autoApprove()), or(this.exchanges, d.exchanges()),
					or(this.freeExchanges, d.freeExchanges()), or(this.storeCredit, d.storeCredit()),
					or(this.storeCreditBonusPercent, d.storeCreditBonusPercent()),
					or(this.keepItemBelow, d.keepItemBelow()), or(this.stores, d.stores()), this.returnAddress);
		}

		private static <T> T or(@Nullable T value, T fallback) {
			return (value != null) ? value : fallback;
		}

	}

	@PutMapping("/policy")
	ReturnPolicy savePolicy(ShopId shop, @RequestBody PolicyJson policy) {
		return this.returns.savePolicy(shop, policy.policy());
	}

	@ApiProblems(HttpStatus.NOT_FOUND)
	@GetMapping("/eligibility")
	ReturnOptions eligibility(ShopId shop, @RequestParam UUID orderId) {
		return this.returns.options(shop, new OrderId(orderId))
			.orElseThrow(() -> new NotFoundException("Order", orderId));
	}

	/**
	 * A return as asked for. Photos are base64 (JPEG, PNG or WebP, checked by content).
	 */
	record CreateJson(@NotNull UUID orderId, @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Line> items,
			@Nullable ReturnMethod method, @Nullable @Size(max = 100) String storeId,
			@Nullable @Size(max = 10) String locale, @Nullable @Size(max = 200) String idempotencyKey) {

		record Line(@NotBlank @Size(max = 100) String sku, @NotNull Integer quantity, @NotNull ReturnReason reason,
				@Nullable String comment, @NotNull Resolution resolution, @Nullable @Size(max = 100) String exchangeSku,
				@Nullable List<String> photos) {
		}

		NewReturn toNewReturn(@Nullable String headerKey) {
			List<NewReturn.Line> lines = new ArrayList<>();
			for (int i = 0; i < this.items.size(); i++) {
				Line line = this.items.get(i);
				List<NewReturn.Photo> photos = new ArrayList<>();
				List<String> encoded = line.photos() == null ? List.of() : line.photos();
				for (int p = 0; p < encoded.size(); p++) {
					try {
						photos.add(new NewReturn.Photo(Base64.getMimeDecoder().decode(encoded.get(p))));
					}
					catch (IllegalArgumentException ex) {
						throw new InvalidRequestException("items[" + i + "].photos[" + p + "]", "must be base64");
					}
				}
				lines.add(new NewReturn.Line(line.sku(), line.quantity(), line.reason(), line.comment(),
						line.resolution(), line.exchangeSku(), photos));
			}
			String key = (headerKey != null && !headerKey.isBlank()) ? headerKey.strip() : this.idempotencyKey;
			Locale language = (this.locale == null || this.locale.isBlank()) ? Locale.ENGLISH
					: Locale.forLanguageTag(this.locale.strip());
			return new NewReturn(lines, this.method, this.storeId, key, language);
		}

	}

	@ApiProblems({ HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping
	ResponseEntity<?> create(ShopId shop, @Valid @RequestBody CreateJson body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return switch (this.returns.create(shop, new OrderId(body.orderId()), body.toNewReturn(key))) {
			case Returns.CreateResult.Created created -> {
				ReturnJson json = json(created.request(), null);
				yield created.repeated() ? ResponseEntity.ok(json)
						: ResponseEntity.created(URI.create("/api/v1/returns/" + json.id())).body(json);
			}
			case Returns.CreateResult.Refused refused -> refused(refused.violations());
			case Returns.CreateResult.Invalid invalid -> throw new InvalidRequestException(invalid.violations());
			case Returns.CreateResult.OrderNotFound missing -> throw new NotFoundException("Order", body.orderId());
		};
	}

	@ApiProblems({ HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT })
	@PostMapping("/quote")
	ResponseEntity<?> quote(ShopId shop, @Valid @RequestBody CreateJson body) {
		return switch (this.returns.quote(shop, new OrderId(body.orderId()), body.toNewReturn(null))) {
			case Returns.QuoteResult.Quoted quoted -> ResponseEntity.ok((ReturnQuote) quoted.quote());
			case Returns.QuoteResult.Refused refused -> refused(refused.violations());
			case Returns.QuoteResult.Invalid invalid -> throw new InvalidRequestException(invalid.violations());
			case Returns.QuoteResult.OrderNotFound missing -> throw new NotFoundException("Order", body.orderId());
		};
	}

	/** 422: the request is well-formed, but the policy does not allow it. */
	static ResponseEntity<ProblemDetail> refused(List<PolicyViolation> violations) {
		PolicyViolation first = violations.getFirst();
		ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "return-policy",
				"Not allowed by the return policy",
				first.field() + ": " + first.reason() + " (rule " + first.rule() + ")");
		problem.setProperty("errors",
				violations.stream()
					.map(violation -> Map.of("field", violation.field(), "rule", violation.rule(), "reason",
							violation.reason()))
					.toList());
		return Problems.response(problem);
	}

	@GetMapping
	Map<String, Object> list(ShopId shop, @RequestParam(required = false) @Nullable List<ReturnStatus> status,
			@RequestParam(required = false) @Nullable ReturnReason reason,
			@RequestParam(required = false) @Nullable Integer olderThanDays,
			@RequestParam(required = false) @Nullable UUID orderId, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (size < 1 || size > ReturnQuery.MAX_SIZE) {
			throw new InvalidRequestException("size", "must be 1 to " + ReturnQuery.MAX_SIZE);
		}
		if (page < 0) {
			throw new InvalidRequestException("page", "must be 0 or more");
		}
		if (olderThanDays != null && olderThanDays < 0) {
			throw new InvalidRequestException("olderThanDays", "must be 0 or more");
		}
		Set<ReturnStatus> statuses = (status == null || status.isEmpty()) ? Set.of() : EnumSet.copyOf(status);
		Returns.ReturnPage found = this.returns.list(shop, new ReturnQuery(statuses, reason, olderThanDays,
				orderId == null ? null : new OrderId(orderId), q, page, size));
		return Map.of("content", found.returns().stream().map(request -> json(request, null)).toList(), "page",
				found.page(), "size", found.size(), "totalElements", found.total());
	}

	@GetMapping("/{id}")
	ReturnJson get(ShopId shop, @PathVariable UUID id) {
		ReturnRequest request = this.returns.find(shop, id).orElseThrow(() -> new NotFoundException("Return", id));
		return json(request, this.returns.history(shop, id));
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@GetMapping(path = "/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<?> label(ShopId shop, @PathVariable UUID id) {
		return switch (this.returns.label(shop, id)) {
			case Returns.LabelResult.Pdf pdf -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", "inline; filename=\"return-label.pdf\"")
				.body(pdf.bytes());
			case Returns.LabelResult.NoLabel none -> throw new ConflictException("label", none.reason());
			case Returns.LabelResult.NotFound missing -> throw new NotFoundException("Return", id);
		};
	}

	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(ShopId shop, @PathVariable UUID id, @PathVariable UUID photoId) {
		Returns.Photo photo = this.returns.photos(shop, id)
			.stream()
			.filter(candidate -> candidate.id().equals(photoId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Photo", photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/approve")
	ReturnJson approve(ShopId shop, @PathVariable UUID id) {
		return done(this.returns.approve(shop, id), id);
	}

	record RejectJson(@NotBlank @Size(max = 500) String reason) {
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/reject")
	ReturnJson reject(ShopId shop, @PathVariable UUID id, @Valid @RequestBody RejectJson body) {
		return done(this.returns.reject(shop, id, body.reason()), id);
	}

	record ParcelJson(@NotBlank @Size(max = 40) String carrier, @NotBlank @Size(max = 100) String trackingNumber) {
	}

	/**
	 * The return parcel's carrier and tracking number, for labels made outside Doorstep.
	 */
	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/parcel")
	ReturnJson parcel(ShopId shop, @PathVariable UUID id, @Valid @RequestBody ParcelJson body) {
		CarrierCode carrier;
		try {
			carrier = new CarrierCode(body.carrier().strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("carrier", ex.getMessage());
		}
		return done(this.returns.attachParcel(shop, id, carrier, body.trackingNumber()), id);
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/in-transit")
	ReturnJson inTransit(ShopId shop, @PathVariable UUID id) {
		return done(this.returns.markInTransit(shop, id), id);
	}

	record ReceiveJson(@Nullable List<@Valid @NotNull Inspection> items) {

		record Inspection(@NotNull Integer line, @NotNull Integer quantity, ReturnRequest.@NotNull Condition condition,
				@NotNull Boolean restock) {
		}

	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/receive")
	ReturnJson receive(ShopId shop, @PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable ReceiveJson body) {
		List<Returns.Inspection> inspections = (body == null || body.items() == null) ? List.of()
				: body.items()
					.stream()
					.map(item -> new Returns.Inspection(item.line(), item.quantity(), item.condition(), item.restock()))
					.toList();
		return done(this.returns.receive(shop, id, inspections), id);
	}

	record ResolveJson(@Nullable BigDecimal refund, @Nullable BigDecimal storeCredit) {
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/resolve")
	ReturnJson resolve(ShopId shop, @PathVariable UUID id, @RequestBody(required = false) @Nullable ResolveJson body) {
		return done(this.returns.resolve(shop, id, body == null ? null : body.refund(),
				body == null ? null : body.storeCredit()), id);
	}

	record RefundJson(@NotNull BigDecimal amount, @Nullable @Size(max = 200) String reference) {
	}

	@ApiProblems(HttpStatus.CONFLICT)
	@PostMapping("/{id}/refund")
	ReturnJson refund(ShopId shop, @PathVariable UUID id, @Valid @RequestBody RefundJson body) {
		return done(this.returns.confirmRefund(shop, id, body.amount(), body.reference()), id);
	}

	private ReturnJson done(Returns.Transition transition, UUID id) {
		return switch (transition) {
			case Returns.Transition.Done done -> json(done.request(), null);
			case Returns.Transition.NotAllowed notAllowed -> throw new ConflictException("status",
					"cannot " + notAllowed.step() + " a return that is " + notAllowed.status());
			case Returns.Transition.NotFound missing -> throw new NotFoundException("Return", id);
		};
	}

	private ReturnJson json(ReturnRequest request, @Nullable List<dev.doorstep.returns.ReturnHistoryEntry> history) {
		return ReturnJson.of(request, this.links.absolute(request.shopId(), ""), history);
	}

}
