package dev.doorstep.delivery.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery module's settings (the per-shop ones live in {@code delivery_settings}).
 *
 * @param scanCheckInterval how often parcels on their way are checked for "no scan for
 * longer than usual" (silence publishes no event, so only this check sees it); default 30
 * minutes
 * @param rebuildInterval how often every model is rebuilt from the stored samples (they
 * also learn each delivery as it comes); default 24 hours
 * @param history how far back delivered parcels are learned from; default 400 days
 */
@ConfigurationProperties("doorstep.delivery")
record DeliveryProperties(@DefaultValue("30m") Duration scanCheckInterval,
		@DefaultValue("24h") Duration rebuildInterval, @DefaultValue("400d") Duration history) {
}
