package dev.doorstep.order.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order module.
 *
 * @param platformDeliveryRetention how long the delivery ids of applied platform webhooks
 * are kept to recognize redeliveries; platforms retry for hours (Shopify) to days, so the
 * default of 30 days is far on the safe side. Older ids are deleted once a day.
 */
@ConfigurationProperties("doorstep.order")
public record OrderProperties(@DefaultValue("30d") Duration platformDeliveryRetention) {
}
