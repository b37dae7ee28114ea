package dev.doorstep.feedback;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A shop's feedback rules. Defaults ({@link #DEFAULTS}): cosmetics and skin care 21 days
 * after delivery, apparel and shoes 7, electronics 14, everything else 10; marketing
 * consent required (review requests are advertising under German case law); NPS asked.
 *
 * @param categoryDelays days after delivery per product category (the order items'
 * {@code category}, compared without case, spaces, hyphens or underscores: "Skin care",
 * "skin-care" and "skincare" are one category), 1 to 365 each
 * @param defaultDelayDays days after delivery for every other category (1 to 365)
 * @param requireMarketingConsent send only to shoppers with a marketing opt-in in the
 * consent ledger
 * @param npsEnabled ask the NPS question (0–10) on the review page, at most once per 90
 * days per shopper
 */
public record FeedbackSettings(Map<String, Integer> categoryDelays, int defaultDelayDays,
		boolean requireMarketingConsent, boolean npsEnabled) {

	public static final FeedbackSettings DEFAULTS = new FeedbackSettings(defaultDelays(), 10, true, true);

	public FeedbackSettings {
		// Unmodifiable, but null values pass so that saving names them as a field error.
		categoryDelays = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categoryDelays));
	}

	private static Map<String, Integer> defaultDelays() {
		Map<String, Integer> delays = new LinkedHashMap<>();
		delays.put("cosmetics", 21);
		delays.put("skin care", 21);
		delays.put("apparel", 7);
		delays.put("shoes", 7);
		delays.put("electronics", 14);
		return delays;
	}

	/** The delay for an item of this category, and which rule gave it. */
	public Delay delayFor(@Nullable String category) {
		if (category != null) {
			String key = key(category);
			for (Map.Entry<String, Integer> entry : this.categoryDelays.entrySet()) {
				if (key(entry.getKey()).equals(key)) {
					return new Delay(entry.getValue(), entry.getKey());
				}
			}
		}
		return new Delay(this.defaultDelayDays, null);
	}

	/**
	 * Days after delivery and the category rule that set them; {@code category} is null
	 * for the default.
	 */
	public record Delay(int days, @Nullable String category) {
	}

	static String key(String category) {
		return category.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
	}

}
