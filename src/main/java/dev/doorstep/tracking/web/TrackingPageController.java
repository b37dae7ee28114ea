package dev.doorstep.tracking.web;

import java.util.Map;

import dev.doorstep.tracking.internal.Pages;
import dev.doorstep.tracking.internal.TrackingPages;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public tracking page. The token is the only key: whoever has the link sees the
 * parcel, nobody can find the link from order or tracking numbers.
 */
@Controller
class TrackingPageController {

	private final TrackingPages trackingPages;

	private final Pages pages;

	TrackingPageController(TrackingPages trackingPages, Pages pages) {
		this.trackingPages = trackingPages;
		this.pages = pages;
	}

	@GetMapping("/t/{token}")
	ResponseEntity<String> page(@PathVariable String token, @RequestParam(required = false) @Nullable String lang,
			HttpServletRequest request) {
		return this.trackingPages
			.html(token, lang, request,
					found -> this.pages.html("tracking/page", found.locale(),
							Map.of("page", found.page(), "shop", found.page().shop())))
			.map(page -> this.pages.cacheable(page.locale(), page.html()))
			.orElseGet(this.pages::notFound);
	}

}
