package dev.doorstep.tracking.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.tracking.ExtraSections;
import dev.doorstep.tracking.PageBlock;
import dev.doorstep.tracking.PageSections;
import dev.doorstep.tracking.ShopperAction;
import dev.doorstep.tracking.internal.CompressedPages;
import dev.doorstep.tracking.internal.Languages;
import dev.doorstep.tracking.internal.Pages;
import dev.doorstep.tracking.internal.Preferences;
import dev.doorstep.tracking.internal.TrackingPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public tracking page. The token is the only key: whoever has the link sees the
 * parcel, nobody can find the link from order or tracking numbers. Its "Updates" section
 * takes plain form posts (no JavaScript, no session): a change redirects back to the page
 * (POST-redirect-GET), a form with errors is answered with the page and the errors next
 * to their fields.
 */
@Controller
class TrackingPageController {

	/**
	 * Where the updates section goes into the page; the rest of the page is reused
	 * between shoppers' visits, the section never is.
	 */
	private static final String UPDATES_SLOT = "<!--doorstep:updates-->";

	/** Where the shopper's actions go; like the updates, fresh on every view. */
	private static final String ACTIONS_SLOT = "<!--doorstep:actions-->";

	/** Where other modules' sections ("You may also like") go; fresh on every view. */
	private static final String BLOCKS_SLOT = "<!--doorstep:blocks-->";

	/** Where other modules' own sections (FAQ, question box) go; fresh on every view. */
	private static final String SECTIONS_SLOT = "<!--doorstep:sections-->";

	/** The status lines the page knows; anything else in {@code ?done=} is ignored. */
	private static final Set<String> DONE = Set.of("saved", "stopped", "code-sent", "sms-on", "new-code");

	private final TrackingPages trackingPages;

	private final Preferences preferences;

	private final Pages pages;

	private final ExtraSections sections;

	private final CompressedPages compressed;

	TrackingPageController(TrackingPages trackingPages, Preferences preferences, Pages pages, ExtraSections sections,
			CompressedPages compressed) {
		this.compressed = compressed;
		this.trackingPages = trackingPages;
		this.preferences = preferences;
		this.pages = pages;
		this.sections = sections;
	}

	@GetMapping("/t/{token}")
	ResponseEntity<?> page(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String done, HttpServletRequest request) {
		String shown = (done != null && DONE.contains(done)) ? done : null;
		// Right after a change the page must show it, not a copy the browser kept.
		return render(token, lang, request, shown, null, HttpStatus.OK, shown == null);
	}

	@PostMapping("/t/{token}/preferences")
	ResponseEntity<?> preferences(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String marketing,
			@RequestParam(required = false) @Nullable String whatsapp,
			@RequestParam(required = false) @Nullable String whatsappPhone,
			@RequestParam(required = false) @Nullable String smsShown,
			@RequestParam(required = false) @Nullable String sms, HttpServletRequest request) {
		Optional<Preferences.Target> target = this.preferences.target(token);
		if (target.isEmpty() || (whatsappPhone != null && whatsappPhone.length() > 40)) {
			return this.pages.notFound();
		}
		Preferences.Outcome outcome = "stop".equals(action) ? this.preferences.stopAll(target.get())
				: this.preferences.save(target.get(), new Preferences.Choices(email != null, marketing != null,
						whatsapp != null, whatsappPhone, smsShown != null, sms != null));
		return answer(token, lang, request, outcome);
	}

	@PostMapping("/t/{token}/sms-code")
	ResponseEntity<?> smsCode(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String code, HttpServletRequest request) {
		Optional<Preferences.Target> target = this.preferences.target(token);
		if (target.isEmpty() || (phone != null && phone.length() > 40) || (code != null && code.length() > 20)) {
			return this.pages.notFound();
		}
		Preferences.Outcome outcome = switch ((action != null) ? action : "send") {
			case "confirm" -> this.preferences.confirmCode(target.get(), code);
			case "new" -> this.preferences.newCode(target.get());
			default ->
				this.preferences.sendCode(target.get(), phone, Languages.choose(target.get().shop(), lang, request));
		};
		return answer(token, lang, request, outcome);
	}

	private ResponseEntity<?> answer(String token, @Nullable String lang, HttpServletRequest request,
			Preferences.Outcome outcome) {
		return switch (outcome) {
			case Preferences.Done done -> {
				UriComponentsBuilder target = UriComponentsBuilder.fromPath("/t/" + token);
				if (lang != null && !lang.isBlank()) {
					target.queryParam("lang", lang.strip());
				}
				target.queryParam("done", done.key()).fragment("updates");
				yield ResponseEntity.status(HttpStatus.SEE_OTHER)
					.location(target.encode().build().toUri())
					.header("X-Robots-Tag", "noindex")
					.build();
			}
			case Preferences.Invalid invalid ->
				render(token, lang, request, null, invalid, HttpStatus.BAD_REQUEST, false);
		};
	}

	private ResponseEntity<?> render(String token, @Nullable String lang, HttpServletRequest request,
			@Nullable String done, Preferences.@Nullable Invalid invalid, HttpStatus status, boolean cacheable) {
		Optional<TrackingPages.Html> found = this.trackingPages.html(token, lang, request, rendered -> this.pages
			.html("tracking/page", rendered.locale(), Map.of("page", rendered.page(), "shop", rendered.page().shop())));
		if (found.isEmpty()) {
			return this.pages.notFound();
		}
		TrackingPages.Html page = found.get();
		Preferences.Target target = new Preferences.Target(page.shop(), page.order(), page.shipment());
		String updates = this.pages.fragment("tracking/updates", page.locale(),
				Map.of("updates", this.preferences.view(target, page.locale(), done, invalid)));
		TrackingPages.Extras extras = this.trackingPages.extras(page.shipment(), page.locale());
		List<ShopperAction> actions = extras.actions();
		String actionsHtml = actions.isEmpty() ? ""
				: this.pages.fragment("tracking/actions", page.locale(), Map.of("actions", actions));
		List<PageBlock> blocks = extras.blocks();
		String blocksHtml = blocks.isEmpty() ? ""
				: this.pages.fragment("tracking/blocks", page.locale(), Map.of("blocks", blocks));
		String sections = this.sections.html(page.shop(), page.shipment(), page.locale(),
				PageSections.Placement.TRACKING_PAGE);
		// A return or claim just made must show when the shopper comes back: pages with
		// actions are not kept by the browser.
		boolean keep = cacheable && actions.isEmpty();
		if (status == HttpStatus.OK && CompressedPages.acceptsGzip(request)) {
			CompressedPages.Parts parts = new CompressedPages.Parts(page.html(), blocksHtml, actionsHtml, updates,
					sections);
			byte[] gzip = this.compressed.gzip(token, page.locale(), parts,
					() -> fill(page.html(), blocksHtml, actionsHtml, updates, sections));
			return this.pages.gzipped(page.locale(), gzip, keep);
		}
		String html = fill(page.html(), blocksHtml, actionsHtml, updates, sections);
		return keep ? this.pages.cacheable(page.locale(), html) : this.pages.once(status, page.locale(), html);
	}

	/**
	 * The kept page with its slots filled, in one copy: the page is tens of kilobytes and
	 * a {@code replace} per slot copied it once per slot and view.
	 */
	static String fill(String page, String blocks, String actions, String updates, String sections) {
		StringBuilder html = new StringBuilder(
				page.length() + blocks.length() + actions.length() + updates.length() + sections.length());
		int from = 0;
		while (true) {
			int at = page.indexOf("<!--doorstep:", from);
			if (at < 0) {
				break;
			}
			String filling = page.startsWith(BLOCKS_SLOT, at) ? blocks
					: page.startsWith(ACTIONS_SLOT, at) ? actions : page.startsWith(UPDATES_SLOT, at) ? updates
							: page.startsWith(SECTIONS_SLOT, at) ? sections : null;
			if (filling == null) {
				html.append(page, from, at + 1);
				from = at + 1;
				continue;
			}
			html.append(page, from, at).append(filling);
			from = page.indexOf("-->", at) + 3;
		}
		return html.append(page, from, page.length()).toString();
	}

}
