package dev.doorstep.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Trigger;

/**
 * The set every shop starts with: email for every step a shopper cares about, SMS where
 * minutes matter (out for delivery, failed attempt, pickup, problems) for shoppers who
 * opted in, parcel updates of one order merged into one message. Switchable one by one.
 */
final class DefaultJourneys {

	static final String NAME = "default";

	private DefaultJourneys() {
	}

	static List<Journey> all(java.time.Duration digestWindow) {
		List<Journey> journeys = new ArrayList<>();
		JourneyStep.Digest digest = new JourneyStep.Digest(digestWindow);
		JourneyStep.Send email = JourneyStep.Send.of(Channel.EMAIL);
		JourneyStep.Send sms = JourneyStep.Send.of(Channel.SMS);
		JourneyStep.Send push = JourneyStep.Send.of(Channel.PUSH);
		journeys.add(journey(Trigger.ORDER_CONFIRMED, true, email));
		journeys.add(journey(Trigger.SHIPMENT_CREATED, true, digest, email));
		journeys.add(journey(Trigger.FIRST_SCAN, false, digest, email));
		journeys.add(journey(Trigger.DELIVERY_WINDOW_CHANGED, true, digest, email, push));
		journeys.add(journey(Trigger.OUT_FOR_DELIVERY, true, email, sms, push));
		journeys.add(journey(Trigger.FAILED_ATTEMPT, true, email, sms, push));
		journeys.add(journey(Trigger.AVAILABLE_FOR_PICKUP, true, email, sms, push));
		journeys.add(journey(Trigger.DELIVERED, true, digest, email, push));
		journeys.add(journey(Trigger.EXCEPTION, true, email, sms));
		journeys.add(journey(Trigger.STALLED, true, email));
		journeys.add(journey(Trigger.DELAY_PREDICTED, true, email, push));
		journeys.add(journey(Trigger.RETURN_REQUESTED, true, email));
		journeys.add(journey(Trigger.RETURN_APPROVED, true, email));
		journeys.add(journey(Trigger.RETURN_REJECTED, true, email));
		journeys.add(journey(Trigger.RETURN_LABEL_READY, true, email));
		journeys.add(journey(Trigger.RETURN_RECEIVED, true, email));
		journeys.add(journey(Trigger.REFUND_ISSUED, true, email));
		// Review requests are marketing and are fired when it is time (by the merchant's
		// review tool now, per product by the feedback module later): off until the shop
		// switches them on, then sent at once.
		journeys.add(journey(Trigger.REVIEW_REQUEST, false, email));
		journeys.add(journey(Trigger.CLAIM_UPDATED, true, email));
		return journeys;
	}

	private static Journey journey(Trigger trigger, boolean enabled, JourneyStep... steps) {
		// Stable ids per shop are not needed: (shop, trigger, name) is the natural key.
		return new Journey(UUID.randomUUID(), trigger, NAME, enabled, List.of(steps));
	}

}
