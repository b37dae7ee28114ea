package dev.doorstep.notification.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification engine.
 *
 * @param enabled whether messages are planned and sent at all; default {@code true}
 * @param dispatchInterval how often due messages are looked for; default 1 second
 * @param batchSize messages claimed per round; default 1000 (the benchmark's steady rate
 * nearly doubles from 200: fewer claims and group writes per message)
 * @param sendConcurrency messages of one round sent at the same time (to different
 * recipients; one recipient's go one after another); default 16
 * @param lease how long a claimed message stays claimed if the instance dies mid-send;
 * default 2 minutes (only a send in flight at that moment can go out twice)
 * @param maxAttempts sends tried before a message fails for good; default 8
 * @param digestWindow how long a parcel update waits for other parcels of the same order
 * to go out as one message, when a journey has a digest step without its own window;
 * default 2 minutes
 * @param quietStart start of quiet hours in the recipient's time zone; default 21:00
 * @param quietEnd end of quiet hours; default 08:00
 * @param frequencyCap most messages one shopper gets per channel in 24 hours; later ones
 * wait; default 6
 * @param marketingNeedsConsent whether marketing messages (review requests) need an
 * explicit opt-in; default {@code true} (German law)
 * @param publicBaseUrl absolute base of links in messages (tracking, unsubscribe); empty
 * (default) uses {@code doorstep.shipment.public-base-url}, then
 * {@code http://localhost:<port>}
 * @param signingKey key for unsubscribe and click links; empty (default) derives one per
 * start, so links from before a restart stop working: set it in production
 */
@ConfigurationProperties("doorstep.notification")
public record NotificationProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("1s") Duration dispatchInterval, @DefaultValue("1000") int batchSize,
		@DefaultValue("16") int sendConcurrency, @DefaultValue("2m") Duration lease, @DefaultValue("8") int maxAttempts,
		@DefaultValue("2m") Duration digestWindow, @DefaultValue("21:00") LocalTime quietStart,
		@DefaultValue("08:00") LocalTime quietEnd, @DefaultValue("6") int frequencyCap,
		@DefaultValue("true") boolean marketingNeedsConsent, @DefaultValue("false") boolean trackOpens,
		@DefaultValue("false") boolean trackClicks, @DefaultValue("") String publicBaseUrl,
		@DefaultValue("") String signingKey) {
}
