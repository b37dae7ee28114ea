package dev.doorstep.recommendation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.doorstep.notification.TemplateDataContributor;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Recommendations;
import dev.doorstep.recommendation.Surface;
import dev.doorstep.shipment.TrackingLinks;

import org.springframework.stereotype.Component;

/**
 * The {@code recommendations} template variable of order confirmations and shipping
 * notices: up to {@link #MOST} products for the order, each with {@code name},
 * {@code price} (formatted for the recipient's language), {@code url} (a signed, absolute
 * {@code /go/} link) and {@code image} (or empty). Templates print it with
 * {@code {{#recommendations}}…{{/recommendations}}}.
 */
@Component
class EmailRecommendations implements TemplateDataContributor {

	static final int MOST = 4;

	static final Set<Trigger> TRIGGERS = Set.of(Trigger.ORDER_CONFIRMED, Trigger.SHIPMENT_CREATED);

	private final Recommendations recommendations;

	private final ClickLinks links;

	private final TrackingLinks absolute;

	EmailRecommendations(Recommendations recommendations, ClickLinks links, TrackingLinks absolute) {
		this.recommendations = recommendations;
		this.links = links;
		this.absolute = absolute;
	}

	@Override
	public Map<String, Object> data(Trigger trigger, Order order, Locale locale) {
		if (!TRIGGERS.contains(trigger)) {
			return Map.of();
		}
		List<Map<String, Object>> products = Suggestion
			.of(this.recommendations, this.links, order, Surface.EMAIL, locale, MOST)
			.stream()
			.map(suggestion -> {
				Map<String, Object> product = new LinkedHashMap<>();
				product.put("name", suggestion.name());
				product.put("price", suggestion.price());
				product.put("url", this.absolute.absolute(order.shopId(), suggestion.url()));
				product.put("image", (suggestion.image() != null) ? suggestion.image() : "");
				return product;
			})
			.toList();
		return Map.of("recommendations", products);
	}

}
