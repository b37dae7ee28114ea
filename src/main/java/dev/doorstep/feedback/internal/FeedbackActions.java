package dev.doorstep.feedback.internal;

import java.util.List;
import java.util.Locale;

import dev.doorstep.feedback.Reviews;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.tracking.ShopperAction;
import dev.doorstep.tracking.ShopperActions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "How was your delivery?" on the tracking page once the parcel is delivered and until
 * the shopper rated it (one rating per parcel).
 */
@Component
class FeedbackActions implements ShopperActions {

	private final Reviews reviews;

	private final MessageSource messages;

	FeedbackActions(Reviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@Override
	public List<ShopperAction> actions(Shipment shipment, Order order, Locale locale) {
		if (!this.reviews.asksParcelRating(shipment)) {
			return List.of();
		}
		return List.of(new ShopperAction(this.messages.getMessage("feedback.action.csat", null, locale),
				"/t/" + shipment.publicToken() + "/csat?lang=" + locale.getLanguage(),
				this.messages.getMessage("feedback.action.csat.hint", null, locale)));
	}

}
