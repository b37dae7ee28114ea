package dev.doorstep.console.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnLinks;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnQuery;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.returns.Returns;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The returns queue and one return with its actions. Owners and agents both process
 * returns (agents are the shop's support staff); only the policy is the owners' (see
 * {@link ReturnPolicyController}). Each action is a plain POST form; the page offers only
 * the steps the return's status allows, and {@link Returns} refuses the others anyway.
 */
@ConsoleController
class ReturnsController {

	/** The statuses the queue shows unless asked otherwise: the shop still has work. */
	static final Set<ReturnStatus> OPEN = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.APPROVED,
			ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED);

	/** A queue row: the return and what the table shows about it. */
	public record Row(ReturnRequest request, long ageDays, int items, Set<ReturnReason> reasons,
			Set<Resolution> resolutions) {

		static Row of(ReturnRequest request, Instant now) {
			Set<ReturnReason> reasons = new LinkedHashSet<>();
			Set<Resolution> resolutions = new LinkedHashSet<>();
			int items = 0;
			for (ReturnRequest.Line line : request.lines()) {
				reasons.add(line.reason());
				resolutions.add(line.resolution());
				items += line.quantity();
			}
			return new Row(request, Duration.between(request.createdAt(), now).toDays(), items, reasons, resolutions);
		}

	}

	/** A photo of a return line, by its id (the bytes come from the photo URL). */
	public record PhotoRef(UUID id, int lineNo, String contentType) {
	}

	/** The steps the return's status allows now. */
	public record Actions(boolean approve, boolean reject, boolean inTransit, boolean receive, boolean resolve,
			boolean confirmRefund, boolean label) {

		static Actions of(ReturnRequest request) {
			ReturnStatus status = request.status();
			boolean keeps = request.keepsEverything();
			boolean parcel = request.method() != null && !keeps;
			return new Actions(status == ReturnStatus.REQUESTED,
					status == ReturnStatus.REQUESTED || status == ReturnStatus.APPROVED,
					status == ReturnStatus.APPROVED && parcel && request.method().byCarrier(),
					parcel && (status == ReturnStatus.APPROVED || status == ReturnStatus.IN_TRANSIT
							|| status == ReturnStatus.RECEIVED),
					(status == ReturnStatus.RECEIVED && !keeps) || (status == ReturnStatus.APPROVED && keeps),
					status == ReturnStatus.RESOLVED,
					request.method() != null && status != ReturnStatus.REQUESTED && status != ReturnStatus.REJECTED);
		}

		public boolean any() {
			return this.approve || this.reject || this.inTransit || this.receive || this.resolve || this.confirmRefund;
		}

	}

	private static final Pattern INSPECTION_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

	private final Returns returns;

	private final TrackingLinks links;

	private final Clock clock;

	ReturnsController(Returns returns, TrackingLinks links, Clock clock) {
		this.returns = returns;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/console/returns")
	String queue(ConsoleContext console, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String age, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		// No status asked for: the open returns, the work still to do.
		String statusFilter = (status == null || status.isBlank()) ? "open" : status.strip();
		Set<ReturnStatus> statuses = switch (statusFilter) {
			case "open" -> OPEN;
			case "all" -> Set.of();
			default -> Arrays.stream(ReturnStatus.values())
				.filter(s -> s.name().equals(statusFilter))
				.findFirst()
				.map(Set::of)
				.orElse(OPEN);
		};
		ReturnReason reasonFilter = Arrays.stream(ReturnReason.values())
			.filter(r -> r.name().equals(reason))
			.findFirst()
			.orElse(null);
		Integer olderThan = null;
		boolean ageInvalid = false;
		if (age != null && !age.isBlank()) {
			try {
				olderThan = Integer.valueOf(age.strip());
				ageInvalid = olderThan < 0 || olderThan > 3650;
			}
			catch (NumberFormatException ex) {
				ageInvalid = true;
			}
			if (ageInvalid) {
				olderThan = null;
			}
		}
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		int current = Pager.pageNumber(page);
		Returns.ReturnPage result = this.returns.list(console.shopId(),
				new ReturnQuery(statuses, reasonFilter, olderThan, null, search, current, Pager.PAGE_SIZE));
		Instant now = this.clock.instant();
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put("status", statusFilter.equals("open") ? null : statusFilter);
		filters.put("reason", (reasonFilter != null) ? reasonFilter.name() : null);
		filters.put("age", (olderThan != null) ? olderThan.toString() : null);
		filters.put("q", search);
		int totalPages = (int) ((result.total() + Pager.PAGE_SIZE - 1) / Pager.PAGE_SIZE);
		model.addAttribute("rows", result.returns().stream().map(r -> Row.of(r, now)).toList());
		model.addAttribute("pager", Pager.of("/console/returns", filters, current, totalPages, result.total()));
		model.addAttribute("status", statusFilter);
		model.addAttribute("statuses", ReturnStatus.values());
		model.addAttribute("reason", reasonFilter);
		model.addAttribute("reasons", ReturnReason.values());
		model.addAttribute("age", (age != null) ? age.strip() : "");
		model.addAttribute("ageInvalid", ageInvalid);
		model.addAttribute("q", (search != null) ? search : "");
		return "console/returns";
	}

	@GetMapping("/console/returns/{id}")
	String detail(ConsoleContext console, @PathVariable UUID id, Model model) {
		return detailPage(console, id, Map.of(), Map.of(), model);
	}

	@PostMapping("/console/returns/{id}/approve")
	String approve(ConsoleContext console, @PathVariable UUID id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(console, id, Map.of(), () -> this.returns.approve(console.shopId(), id),
				"console.returns.approvedNotice", model, response, redirect);
	}

	@PostMapping("/console/returns/{id}/reject")
	String reject(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("reason", reason);
		if (reason.isBlank() || reason.strip().length() > 500) {
			return refused(console, id, typed,
					Map.of("reason", reason.isBlank() ? "is required" : "must be at most 500 characters"), model,
					response);
		}
		return step(console, id, typed, () -> this.returns.reject(console.shopId(), id, reason.strip()),
				"console.returns.rejectedNotice", model, response, redirect);
	}

	@PostMapping("/console/returns/{id}/in-transit")
	String inTransit(ConsoleContext console, @PathVariable UUID id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(console, id, Map.of(), () -> this.returns.markInTransit(console.shopId(), id),
				"console.returns.inTransitNotice", model, response, redirect);
	}

	/**
	 * One inspection per line that travels back: {@code quantity-<line>},
	 * {@code condition-<line>} and the checkbox {@code restock-<line>}.
	 */
	@PostMapping("/console/returns/{id}/receive")
	String receive(ConsoleContext console, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ReturnRequest request = find(console, id);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Returns.Inspection> inspections = new ArrayList<>();
		for (ReturnRequest.Line line : request.lines()) {
			if (line.resolution() == Resolution.KEEP_ITEM) {
				continue;
			}
			int no = line.lineNo();
			Integer quantity = null;
			try {
				quantity = Integer.valueOf(form.getOrDefault("quantity-" + no, "").strip());
			}
			catch (NumberFormatException ex) {
				errors.put("quantity-" + no, "must be a whole number");
			}
			ReturnRequest.Condition condition = Arrays.stream(ReturnRequest.Condition.values())
				.filter(c -> c.name().equals(form.get("condition-" + no)))
				.findFirst()
				.orElse(null);
			if (condition == null) {
				errors.put("condition-" + no, "choose a condition");
			}
			if (quantity != null && condition != null) {
				inspections.add(new Returns.Inspection(no, quantity, condition, form.containsKey("restock-" + no)));
			}
		}
		if (!errors.isEmpty()) {
			return refused(console, id, form, errors, model, response);
		}
		return step(console, id, form, () -> this.returns.receive(console.shopId(), id, inspections), field -> {
			// items[i] is the i-th inspection sent, not line i of the return.
			Matcher at = INSPECTION_FIELD.matcher(field);
			return at.matches() ? at.group(2) + "-" + inspections.get(Integer.parseInt(at.group(1))).lineNo() : field;
		}, "console.returns.receivedNotice", model, response, redirect);
	}

	/** Refund and store credit as settled: the estimate, or less after inspection. */
	@PostMapping("/console/returns/{id}/resolve")
	String resolve(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String refund,
			@RequestParam(defaultValue = "") String storeCredit, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("refund", refund, "storeCredit", storeCredit);
		Map<String, String> errors = new LinkedHashMap<>();
		BigDecimal refundAmount = amount(refund, "refund", errors);
		BigDecimal creditAmount = amount(storeCredit, "storeCredit", errors);
		if (!errors.isEmpty()) {
			return refused(console, id, typed, errors, model, response);
		}
		return step(console, id, typed, () -> this.returns.resolve(console.shopId(), id, refundAmount, creditAmount),
				"console.returns.resolvedNotice", model, response, redirect);
	}

	@PostMapping("/console/returns/{id}/refund")
	String confirmRefund(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String reference, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("amount", amount, "reference", reference);
		Map<String, String> errors = new LinkedHashMap<>();
		BigDecimal paid = amount(amount, "amount", errors);
		if (reference.strip().length() > 200) {
			errors.put("reference", "must be at most 200 characters");
		}
		if (!errors.isEmpty()) {
			return refused(console, id, typed, errors, model, response);
		}
		return step(console, id, typed, () -> this.returns.confirmRefund(console.shopId(), id, paid, reference),
				"console.returns.refundedNotice", model, response, redirect);
	}

	@GetMapping("/console/returns/{id}/label.pdf")
	Object label(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		return switch (this.returns.label(console.shopId(), id)) {
			case Returns.LabelResult.Pdf pdf -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"return-label.pdf\"")
				.body(pdf.bytes());
			case Returns.LabelResult.NoLabel none -> {
				redirect.addFlashAttribute("noLabel", none.reason());
				yield "redirect:/console/returns/" + id;
			}
			case Returns.LabelResult.NotFound missing -> throw new NotFoundException("Return", id);
		};
	}

	/**
	 * A shopper's photo, with the type Doorstep read from its bytes; nosniff so a browser
	 * never takes it for anything else.
	 */
	@GetMapping("/console/returns/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(ConsoleContext console, @PathVariable UUID id, @PathVariable UUID photoId) {
		Returns.Photo photo = this.returns.photos(console.shopId(), id)
			.stream()
			.filter(candidate -> candidate.id().equals(photoId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Photo", photoId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(photo.bytes());
	}

	/**
	 * Runs a step: done, the page again with a notice; not allowed in this status, the
	 * page with the status it has now (422); refused input, the fields' messages (422).
	 */
	private String step(ConsoleContext console, UUID id, Map<String, String> typed, Supplier<Returns.Transition> action,
			String doneKey, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(console, id, typed, action, UnaryOperator.identity(), doneKey, model, response, redirect);
	}

	private String step(ConsoleContext console, UUID id, Map<String, String> typed, Supplier<Returns.Transition> action,
			UnaryOperator<String> field, String doneKey, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Returns.Transition transition;
		try {
			transition = action.get();
		}
		catch (InvalidRequestException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations().forEach(v -> errors.putIfAbsent(field.apply(v.field()), v.reason()));
			return refused(console, id, typed, errors, model, response);
		}
		return switch (transition) {
			case Returns.Transition.Done done -> {
				redirect.addFlashAttribute("notice", doneKey);
				yield "redirect:/console/returns/" + id;
			}
			case Returns.Transition.NotAllowed notAllowed -> {
				model.addAttribute("notAllowed", notAllowed);
				response.setStatus(422);
				yield detailPage(console, id, typed, Map.of(), model);
			}
			case Returns.Transition.NotFound missing -> throw new NotFoundException("Return", id);
		};
	}

	private String refused(ConsoleContext console, UUID id, Map<String, String> typed, Map<String, String> errors,
			Model model, HttpServletResponse response) {
		response.setStatus(422);
		return detailPage(console, id, typed, errors, model);
	}

	private String detailPage(ConsoleContext console, UUID id, Map<String, String> typed, Map<String, String> errors,
			Model model) {
		ReturnRequest request = find(console, id);
		ReturnPolicy policy = this.returns.policy(console.shopId());
		Map<Integer, List<PhotoRef>> photos = new HashMap<>();
		this.returns.photos(console.shopId(), id)
			.forEach(photo -> photos.computeIfAbsent(photo.lineNo(), no -> new ArrayList<>())
				.add(new PhotoRef(photo.id(), photo.lineNo(), photo.contentType())));
		model.addAttribute("r", request);
		model.addAttribute("history", this.returns.history(console.shopId(), id));
		model.addAttribute("photos", photos);
		model.addAttribute("statusUrl", this.links.absolute(request.shopId(), ReturnLinks.statusPath(request)));
		model.addAttribute("store", policy.store(request.storeId()).orElse(null));
		model.addAttribute("actions", Actions.of(request));
		model.addAttribute("form", form(request, typed));
		model.addAttribute("errors", errors);
		model.addAttribute("conditions", ReturnRequest.Condition.values());
		return "console/return";
	}

	/** What the action forms show: the estimate and the lines, or what was typed. */
	private static Map<String, String> form(ReturnRequest request, Map<String, String> typed) {
		Map<String, String> form = new HashMap<>();
		form.put("refund", request.quote().refund().toPlainString());
		form.put("storeCredit", request.quote().storeCredit().toPlainString());
		form.put("amount", request.quote().refund().toPlainString());
		for (ReturnRequest.Line line : request.lines()) {
			int no = line.lineNo();
			form.put("quantity-" + no, String
				.valueOf((line.receivedQuantity() != null) ? line.receivedQuantity().intValue() : line.quantity()));
			form.put("condition-" + no,
					(line.condition() != null) ? line.condition().name() : ReturnRequest.Condition.AS_NEW.name());
			if (line.restock() == null || line.restock()) {
				form.put("restock-" + no, "on");
			}
		}
		if (!typed.isEmpty() && typed.keySet().stream().anyMatch(key -> key.startsWith("quantity-"))) {
			// A refused inspection: unticked boxes are not sent, so none stays ticked.
			form.keySet().removeIf(key -> key.startsWith("restock-"));
		}
		form.putAll(typed);
		return form;
	}

	private ReturnRequest find(ConsoleContext console, UUID id) {
		// Another shop's return is answered like an unknown one.
		return this.returns.find(console.shopId(), id).orElseThrow(() -> new NotFoundException("Return", id));
	}

	static @Nullable BigDecimal amount(String typed, String field, Map<String, String> errors) {
		if (typed.isBlank()) {
			errors.put(field, "is required");
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(typed.strip().replace(',', '.'));
			if (amount.signum() < 0 || amount.scale() > 2) {
				errors.put(field, "must be an amount of 0 or more, e.g. 12.50");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be an amount, e.g. 12.50");
			return null;
		}
	}

}
