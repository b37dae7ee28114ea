package dev.doorstep.console.web;

import java.time.ZoneId;
import java.util.List;

import dev.doorstep.runtime.ConflictException;
import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.Shops;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's name, brand, languages, time zone and contacts. Everyone sees them; only an
 * owner may change them.
 */
@ConsoleController
class SettingsController {

	/** Region time zones for the form's suggestions, e.g. Europe/Berlin. */
	static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
		.sorted()
		.toList();

	private final Shops shops;

	private final PublicSites sites;

	SettingsController(Shops shops, PublicSites sites) {
		this.shops = shops;
		this.sites = sites;
	}

	@GetMapping("/console/settings")
	String show(ConsoleContext console, Model model) {
		return page(console, SettingsForm.of(console.shop(), this.sites.get(console.shopId())), model);
	}

	@PostMapping("/console/settings")
	String save(ConsoleContext console, @ModelAttribute("form") SettingsForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		form.validate(errors);
		if (errors.hasErrors()) {
			// Nothing is saved: the form comes back with the typed values and the errors.
			response.setStatus(422);
			return page(console, form, model);
		}
		try {
			// The domain first: when another shop has it, nothing is saved.
			this.sites.update(console.shopId(), form.toSite());
		}
		catch (ConflictException ex) {
			errors.rejectValue("publicBaseUrl", "console.settings.error.domainTaken");
			response.setStatus(422);
			return page(console, form, model);
		}
		this.shops.update(console.shopId(), form.toSettings());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/settings";
	}

	private static String page(ConsoleContext console, SettingsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("locales", SettingsForm.LOCALES);
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("editable", console.owner());
		return "console/settings";
	}

}
