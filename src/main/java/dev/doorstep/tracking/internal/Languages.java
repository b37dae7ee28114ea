package dev.doorstep.tracking.internal;

import java.util.Enumeration;
import java.util.Locale;

import dev.doorstep.shop.Shop;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Picks the shopper's language: an explicit {@code ?lang=} the shop supports, else the
 * first supported language of {@code Accept-Language}, else the shop's default.
 */
public final class Languages {

	/** Pages that belong to no shop (an unknown link) speak this. */
	public static final Locale NEUTRAL = Locale.ENGLISH;

	private Languages() {
	}

	public static Locale choose(Shop shop, @Nullable String lang, HttpServletRequest request) {
		if (lang != null && shop.supports(lang.trim().toLowerCase(Locale.ROOT))) {
			return Locale.of(lang.trim().toLowerCase(Locale.ROOT));
		}
		if (request.getHeader("Accept-Language") != null) {
			// Already sorted by quality by the servlet container.
			Enumeration<Locale> accepted = request.getLocales();
			while (accepted.hasMoreElements()) {
				Locale candidate = accepted.nextElement();
				if (shop.supports(candidate.getLanguage())) {
					return Locale.of(candidate.getLanguage());
				}
			}
		}
		return shop.localeFor(null);
	}

}
