package dev.doorstep.recommendation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Recommendations;
import dev.doorstep.recommendation.Surface;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.tracking.PageBlock;
import dev.doorstep.tracking.PageBlocks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "You may also like" on the tracking page: up to {@link #MOST} products for the parcel's
 * order, each behind a signed {@code /go/} link. Fewer than {@link #FEWEST} good
 * candidates show nothing: a lone product looks like an advert, not a choice.
 */
@Component
class TrackingPageRecommendations implements PageBlocks {

	static final int FEWEST = 3;

	static final int MOST = 6;

	private final Recommendations recommendations;

	private final ClickLinks links;

	private final MessageSource messages;

	TrackingPageRecommendations(Recommendations recommendations, ClickLinks links, MessageSource messages) {
		this.recommendations = recommendations;
		this.links = links;
		this.messages = messages;
	}

	@Override
	public String module() {
		return "recommendations";
	}

	@Override
	public Optional<PageBlock> block(Shipment shipment, Order order, Locale locale) {
		List<PageBlock.Item> items = Suggestion
			.of(this.recommendations, this.links, order, Surface.TRACKING_PAGE, locale, MOST)
			.stream()
			.map(suggestion -> new PageBlock.Item(suggestion.name(), suggestion.price(), suggestion.image(),
					suggestion.url()))
			.toList();
		if (items.size() < FEWEST) {
			return Optional.empty();
		}
		return Optional.of(new PageBlock(this.messages.getMessage("recommendations.title", null, locale), items));
	}

}
