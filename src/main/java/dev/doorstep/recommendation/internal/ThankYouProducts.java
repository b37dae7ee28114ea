package dev.doorstep.recommendation.internal;

import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Recommendations;
import dev.doorstep.recommendation.Surface;
import dev.doorstep.shipment.TrackingLinks;

import org.springframework.stereotype.Component;

/**
 * The products of the thank-you page fragment: 3 to 6 for the order, else none, behind
 * absolute signed links (the fragment is shown on the shop's website, not this server).
 */
@Component
public class ThankYouProducts {

	private final Recommendations recommendations;

	private final ClickLinks links;

	private final TrackingLinks absolute;

	ThankYouProducts(Recommendations recommendations, ClickLinks links, TrackingLinks absolute) {
		this.recommendations = recommendations;
		this.links = links;
		this.absolute = absolute;
	}

	/** One product as the fragment shows it. */
	public record Item(String name, String price, @org.jspecify.annotations.Nullable String image, String url) {
	}

	public List<Item> forOrder(Order order, Locale locale) {
		List<Item> items = Suggestion
			.of(this.recommendations, this.links, order, Surface.THANK_YOU, locale, TrackingPageRecommendations.MOST)
			.stream()
			.map(suggestion -> new Item(suggestion.name(), suggestion.price(),
					(suggestion.image() != null && suggestion.image().startsWith("http")) ? suggestion.image() : null,
					this.absolute.absolute(order.shopId(), suggestion.url())))
			.toList();
		return (items.size() < TrackingPageRecommendations.FEWEST) ? List.of() : items;
	}

}
