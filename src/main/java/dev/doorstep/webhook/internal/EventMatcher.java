package dev.doorstep.webhook.internal;

import dev.doorstep.webhook.OutboundEvent;
import dev.doorstep.webhook.Webhooks;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each published {@link OutboundEvent} into deliveries, after the publisher's
 * commit. The registry retries this until it completes, and the unique event id per
 * subscription makes a second run add nothing.
 */
@Component
class EventMatcher {

	private final Webhooks webhooks;

	EventMatcher(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener
	void on(OutboundEvent event) {
		this.webhooks.match(event);
	}

}
