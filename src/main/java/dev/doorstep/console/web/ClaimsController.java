package dev.doorstep.console.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimId;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.Decision;
import dev.doorstep.claim.Resolution;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim queue: the shop's claims filtered by status and type, and one claim with its
 * evidence (photos, description, declaration), the parcel's rule facts, history and the
 * merchant's decisions (approve, reject with a reason, resolve by refund or reship).
 * Agents decide claims too: that is customer service, not shop configuration.
 */
@ConsoleController
class ClaimsController {

	private final Claims claims;

	private final Orders orders;

	private final Shipments shipments;

	ClaimsController(Claims claims, Orders orders, Shipments shipments) {
		this.claims = claims;
		this.orders = orders;
		this.shipments = shipments;
	}

	/** One row of the queue. */
	record Row(Claim claim, @Nullable String orderNumber) {
	}

	@GetMapping("/console/claims")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String type, Model model) {
		ClaimStatus chosenStatus = parse(ClaimStatus.class, status);
		ClaimType chosenType = parse(ClaimType.class, type);
		List<Claim> found = this.claims.list(console.shopId(), chosenStatus, chosenType);
		Map<OrderId, String> numbers = new LinkedHashMap<>();
		this.orders.findAll(console.shopId(), found.stream().map(Claim::orderId).toList())
			.forEach(order -> numbers.put(order.id(), order.orderNumber()));
		model.addAttribute("rows", found.stream().map(claim -> new Row(claim, numbers.get(claim.orderId()))).toList());
		model.addAttribute("statuses", Arrays.asList(ClaimStatus.values()));
		model.addAttribute("types", Arrays.asList(ClaimType.values()));
		model.addAttribute("status", chosenStatus);
		model.addAttribute("type", chosenType);
		return "console/claims";
	}

	@GetMapping("/console/claims/{id}")
	String claim(ConsoleContext console, @PathVariable UUID id, Model model) {
		return render(console, new ClaimId(id), model, Map.of(), "", "");
	}

	private String render(ConsoleContext console, ClaimId id, Model model, Map<String, String> errors, String reason,
			String amount) {
		Claim claim = this.claims.get(console.shopId(), id);
		Order order = this.orders.get(console.shopId(), claim.orderId());
		model.addAttribute("claim", claim);
		model.addAttribute("order", order);
		model.addAttribute("shipment", this.shipments.get(console.shopId(), claim.shipmentId()));
		model.addAttribute("history", this.claims.history(console.shopId(), id));
		model.addAttribute("errors", errors);
		model.addAttribute("reason", reason);
		model.addAttribute("amount", amount.isEmpty() ? claim.value().min(order.total()).toPlainString() : amount);
		return "console/claim";
	}

	@GetMapping("/console/claims/{id}/photos/{position}")
	ResponseEntity<byte[]> photo(ConsoleContext console, @PathVariable UUID id, @PathVariable int position) {
		return this.claims.photo(console.shopId(), new ClaimId(id), position)
			.map(photo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(photo.contentType()))
				.cacheControl(CacheControl.noStore())
				// Shown as an image only, never run as anything else.
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'")
				.body(photo.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/console/claims/{id}/pack.pdf")
	ResponseEntity<byte[]> pack(ConsoleContext console, @PathVariable UUID id) {
		return this.claims.pack(console.shopId(), new ClaimId(id)).download();
	}

	@PostMapping("/console/claims/{id}/approve")
	String approve(ConsoleContext console, @PathVariable UUID id, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return decided(console, id, this.claims.approve(console.shopId(), new ClaimId(id), actor(console)), model,
				response, redirect, "approved");
	}

	@PostMapping("/console/claims/{id}/reject")
	String reject(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return decided(console, id, this.claims.reject(console.shopId(), new ClaimId(id), reason, actor(console)),
					model, response, redirect, "rejected");
		}
		catch (InvalidRequestException ex) {
			return refused(console, id, ex, model, response, reason, "");
		}
	}

	@PostMapping("/console/claims/{id}/resolve")
	String resolve(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String resolution,
			@RequestParam(defaultValue = "") String amount, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Resolution chosen = parse(Resolution.class, resolution);
		try {
			if (chosen == null) {
				throw new InvalidRequestException("resolution", "choose refund or reship");
			}
			BigDecimal money = null;
			if (chosen == Resolution.REFUND) {
				try {
					money = new BigDecimal(amount.strip().replace(',', '.'));
				}
				catch (NumberFormatException ex) {
					throw new InvalidRequestException("amount", "must be an amount such as 19.99");
				}
			}
			return decided(console, id,
					this.claims.resolve(console.shopId(), new ClaimId(id), chosen, money, actor(console)), model,
					response, redirect, "resolved");
		}
		catch (InvalidRequestException ex) {
			return refused(console, id, ex, model, response, "", amount);
		}
	}

	private String decided(ConsoleContext console, UUID id, Decision decision, Model model,
			HttpServletResponse response, RedirectAttributes redirect, String done) {
		return switch (decision) {
			case Decision.Done ignored -> {
				redirect.addFlashAttribute("done", done);
				yield "redirect:/console/claims/" + id;
			}
			case Decision.WrongStatus wrong -> {
				response.setStatus(409);
				yield render(console, new ClaimId(id), model, Map.of("status", wrong.detail()), "", "");
			}
		};
	}

	private String refused(ConsoleContext console, UUID id, InvalidRequestException ex, Model model,
			HttpServletResponse response, String reason, String amount) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldViolation violation : ex.violations()) {
			errors.putIfAbsent(violation.field(), violation.reason());
		}
		response.setStatus(422);
		return render(console, new ClaimId(id), model, errors, reason, amount);
	}

	private static String actor(ConsoleContext console) {
		return "console:" + console.email();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

}
