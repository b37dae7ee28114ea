package dev.doorstep.console.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.NotificationTemplates;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.ShopperEvents;
import dev.doorstep.notification.TemplatePreview;
import dev.doorstep.notification.TemplateTexts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The texts of one trigger in one language: edit the shop's own wording, preview it with
 * a sample order (the form posts back and the page renders again, so it works without
 * JavaScript), save it, go back to the bundled texts, or send a test to the dev mailbox.
 */
@ConsoleController
class TemplatesController {

	/** The values in the form, as typed. */
	public record Form(String subject, String headline, String body, String shortText) {

		static Form of(TemplateTexts texts) {
			return new Form(texts.subject(), texts.headline(), texts.body(), texts.shortText());
		}

		TemplateTexts texts() {
			return new TemplateTexts(this.subject, this.headline, this.body, this.shortText);
		}

	}

	/** The variables a text may use, shown next to the editor. */
	static final List<String> VARIABLES = List.of("{{order.number}}", "{{customer.firstName}}", "{{shop.name}}",
			"{{shop.supportEmail}}", "{{shop.supportPhone}}", "{{trackingUrl}}", "{{parcel.carrier}}",
			"{{parcel.trackingNumber}}", "{{parcel.status}}", "{{parcel.promisedDate}}", "{{parcel.deliveredAt}}",
			"{{parcelCount}}", "{{#digest}}…{{/digest}}", "{{#parcels}}…{{/parcels}}",
			"{{#parcel.pickup}}…{{/parcel.pickup}}", "{{parcel.pickup.name}}", "{{parcel.pickup.street}}",
			"{{parcel.pickup.place}}", "{{parcel.pickup.address}}", "{{parcel.pickup.openingHours}}",
			"{{parcel.pickup.deadline}}", "{{#parcel.pickup.deadlineEstimated}}…{{/parcel.pickup.deadlineEstimated}}");

	private static final String PATH = "/console/notifications/templates/{trigger}/{locale}";

	private final NotificationTemplates templates;

	private final Notifications notifications;

	private final ShopperEvents events;

	TemplatesController(NotificationTemplates templates, Notifications notifications, ShopperEvents events) {
		this.templates = templates;
		this.notifications = notifications;
		this.events = events;
	}

	@GetMapping(PATH)
	String show(ConsoleContext console, @PathVariable String trigger, @PathVariable String locale, Model model) {
		Trigger which = trigger(trigger);
		Locale language = language(console, locale);
		TemplateTexts texts = this.templates.current(console.shopId(), which, language);
		return page(console, which, language, Form.of(texts),
				this.templates.preview(console.shopId(), which, language, null), model);
	}

	/**
	 * One form, several buttons: {@code preview} renders the typed texts, {@code save}
	 * stores them, {@code reset} returns to the bundled texts, {@code test} sends the
	 * saved texts to the dev mailbox.
	 */
	@PostMapping(PATH)
	String act(ConsoleContext console, @PathVariable String trigger, @PathVariable String locale,
			@RequestParam(defaultValue = "preview") String action, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String headline, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String shortText, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Trigger which = trigger(trigger);
		Locale language = language(console, locale);
		String here = "redirect:/console/notifications/templates/" + which.key() + "/" + language.getLanguage();
		Form form = new Form(subject, headline, body, shortText);
		switch (action) {
			case "save" -> {
				OwnerOnly.check(console);
				TemplatePreview saved = this.templates.save(console.shopId(), which, language, form.texts());
				if (saved instanceof TemplatePreview.Rendered) {
					redirect.addFlashAttribute("saved", true);
					return here;
				}
				response.setStatus(422);
				return page(console, which, language, form, saved, model);
			}
			case "reset" -> {
				OwnerOnly.check(console);
				this.templates.reset(console.shopId(), which, language);
				redirect.addFlashAttribute("reset", true);
				return here;
			}
			case "test" -> {
				OwnerOnly.check(console);
				Message sent = this.notifications.sendTest(console.shopId(), which, language, Channel.EMAIL,
						console.email());
				redirect.addFlashAttribute("testSent", sent.id());
				return here;
			}
			default -> {
				TemplatePreview preview = this.templates.preview(console.shopId(), which, language, form.texts());
				if (preview instanceof TemplatePreview.Invalid) {
					response.setStatus(422);
				}
				return page(console, which, language, form, preview, model);
			}
		}
	}

	/**
	 * Texts of events from outside (returns, claims) may also print what the event
	 * brought.
	 */
	private List<String> variables(Trigger trigger) {
		if (!this.events.triggers().contains(trigger)) {
			return VARIABLES;
		}
		List<String> variables = new java.util.ArrayList<>(VARIABLES);
		variables.add("{{event.reference}}");
		this.events.allowedFacts(trigger).forEach(key -> variables.add("{{event." + key + "}}"));
		return variables;
	}

	private String page(ConsoleContext console, Trigger trigger, Locale locale, Form form, TemplatePreview preview,
			Model model) {
		model.addAttribute("trigger", trigger);
		model.addAttribute("locale", locale.getLanguage());
		model.addAttribute("locales", console.shop().supportedLocales());
		model.addAttribute("form", form);
		model.addAttribute("preview", (preview instanceof TemplatePreview.Rendered rendered) ? rendered : null);
		model.addAttribute("invalid", (preview instanceof TemplatePreview.Invalid invalid) ? invalid : null);
		model.addAttribute("customized", this.templates.override(console.shopId(), trigger, locale).isPresent());
		model.addAttribute("variables", variables(trigger));
		model.addAttribute("editable", console.owner());
		return "console/template";
	}

	private static Trigger trigger(String key) {
		return Arrays.stream(Trigger.values())
			.filter(t -> t.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Trigger", key));
	}

	private static Locale language(ConsoleContext console, @Nullable String locale) {
		if (locale == null || !console.shop().supports(locale)) {
			throw new NotFoundException("Language", String.valueOf(locale));
		}
		return Locale.of(locale);
	}

}
