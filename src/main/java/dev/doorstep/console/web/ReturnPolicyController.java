package dev.doorstep.console.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.Returns;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's return policy as one plain form: owners save it, agents read it. The same
 * {@link Returns#savePolicy} checks apply as in the API; its refusals show next to the
 * field, a list entry's with the line it stands on.
 */
@ConsoleController
class ReturnPolicyController {

	private final Returns returns;

	private final MessageSource messages;

	ReturnPolicyController(Returns returns, MessageSource messages) {
		this.returns = returns;
		this.messages = messages;
	}

	@GetMapping("/console/returns/policy")
	String policy(ConsoleContext console, Model model) {
		return page(console, ReturnPolicyForm.of(this.returns.policy(console.shopId())), Map.of(), model);
	}

	@PostMapping("/console/returns/policy")
	String save(ConsoleContext console, @RequestParam MultiValueMap<String, String> params, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		ReturnPolicyForm form = ReturnPolicyForm.from(params);
		ReturnPolicyForm.Messages words = (key, args) -> this.messages.getMessage(key, args, locale);
		ReturnPolicyForm.Parsed parsed = form.parse(words);
		Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
		if (parsed.policy() != null) {
			try {
				this.returns.savePolicy(console.shopId(), parsed.policy());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/console/returns/policy";
			}
			catch (InvalidRequestException ex) {
				for (FieldViolation violation : ex.violations()) {
					ReturnPolicyForm.Place place = form.placeOf(violation.field());
					errors.putIfAbsent(place.field(),
							(place.line() > 0)
									? words.get("console.returnPolicy.error.onLine", place.line(), violation.reason())
									: violation.reason());
				}
			}
		}
		// Nothing is saved: the form comes back as typed, with the errors.
		response.setStatus(422);
		return page(console, form, errors, model);
	}

	private String page(ConsoleContext console, ReturnPolicyForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", console.owner());
		model.addAttribute("methods", ReturnMethod.values());
		model.addAttribute("reasons", ReturnReason.values());
		model.addAttribute("addressFields", ReturnPolicyForm.ADDRESS_FIELDS);
		return "console/return-policy";
	}

}
