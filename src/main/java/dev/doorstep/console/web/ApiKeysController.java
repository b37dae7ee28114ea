package dev.doorstep.console.web;

import java.util.UUID;

import dev.doorstep.shop.ApiKeys;
import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.shop.IssuedApiKey;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's API keys: listed without secrets, created with the secret shown once,
 * revoked. Only owners create and revoke.
 */
@ConsoleController
class ApiKeysController {

	static final int MAX_LABEL = 60;

	private final ApiKeys keys;

	ApiKeysController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/console/settings/api-keys")
	String list(ConsoleContext console, Model model) {
		return page(console, "", null, model);
	}

	@PostMapping("/console/settings/api-keys")
	String create(ConsoleContext console, @RequestParam(defaultValue = "") String label, Model model,
			HttpServletResponse response) {
		OwnerOnly.check(console);
		String name = label.strip();
		if (name.isEmpty() || name.length() > MAX_LABEL) {
			response.setStatus(422);
			return page(console, label, name.isEmpty() ? "console.keys.error.required" : "console.keys.error.tooLong",
					model);
		}
		IssuedApiKey issued = this.keys.issue(console.shopId(), name);
		// Rendered straight from the POST, never redirected: the secret exists only in
		// this one response and must not be cached anywhere on the way.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("issued", issued);
		return "console/api-key-created";
	}

	@PostMapping("/console/settings/api-keys/{id}/revoke")
	String revoke(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		if (this.keys.revoke(console.shopId(), id)) {
			redirect.addFlashAttribute("revoked", true);
		}
		return "redirect:/console/settings/api-keys";
	}

	private String page(ConsoleContext console, String label, @Nullable String error, Model model) {
		model.addAttribute("keys", this.keys.list(console.shopId()));
		model.addAttribute("label", label);
		model.addAttribute("labelError", error);
		model.addAttribute("maxLabel", MAX_LABEL);
		model.addAttribute("editable", console.owner());
		return "console/api-keys";
	}

}
