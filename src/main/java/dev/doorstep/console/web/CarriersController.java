package dev.doorstep.console.web;

import java.util.List;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.CarrierAccount;
import dev.doorstep.shipment.CarrierAccounts;
import dev.doorstep.shipment.CarrierFeed;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Carriers for this shop: its own contracts and push secrets (secrets shown masked,
 * changed by owners only), the webhook address for each push source, and the carrier
 * codes its parcels met that no mapping knew yet.
 */
@ConsoleController
class CarriersController {

	/** One row of the accounts table. */
	record Row(CarrierAccounts.Overview carrier, @Nullable String webhookUrl) {
	}

	private final CarrierAccounts accounts;

	private final CarrierFeed feed;

	CarriersController(CarrierAccounts accounts, CarrierFeed feed) {
		this.accounts = accounts;
		this.feed = feed;
	}

	@GetMapping("/console/carriers")
	String page(ConsoleContext console, Model model, HttpServletRequest request) {
		return render(console, model, request, null, null);
	}

	@PostMapping("/console/carriers")
	String save(ConsoleContext console, @RequestParam String code, @RequestParam(defaultValue = "") String apiKey,
			@RequestParam(defaultValue = "") String apiSecret, @RequestParam(defaultValue = "") String accountNumber,
			@RequestParam(defaultValue = "") String webhookSecret, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		try {
			this.accounts.save(console.shopId(), new CarrierAccount(code, blank(apiKey), blank(apiSecret),
					blank(accountNumber), blank(webhookSecret), java.time.Instant.EPOCH));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(422);
			return render(console, model, request, code, ex.violations().getFirst().reason());
		}
		redirect.addFlashAttribute("saved",
				this.accounts.overview(console.shopId())
					.stream()
					.filter(carrier -> carrier.code().equals(code))
					.findFirst()
					.orElseThrow());
		return "redirect:/console/carriers";
	}

	private String render(ConsoleContext console, Model model, HttpServletRequest request, @Nullable String code,
			@Nullable String error) {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<Row> rows = this.accounts.overview(console.shopId())
			.stream()
			.map(carrier -> new Row(carrier,
					carrier.pushSource() ? base + "/hooks/carriers/" + carrier.code() + "/" + console.shop().slug()
							: null))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("unmapped", this.feed.unmappedCodes(console.shopId()));
		model.addAttribute("editable", console.owner());
		model.addAttribute("selected", code);
		model.addAttribute("formError", error);
		return "console/carriers";
	}

	private static @Nullable String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
