package dev.doorstep.shipment.carrier.deutschepost;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to DHL's Unified Tracking API for the {@code deutsche-post} carrier.
 *
 * @param baseUrl the API host; default {@code https://api-eu.dhl.com}
 * @param apiKey the {@code DHL-API-Key} of the instance's developer.dhl.com app (the same
 * key DHL uses works); empty (default) means only shops with their own key can track
 * @param service the Unified API service; default {@code post-de} (letters, Warenpost)
 * @param language ISO 639-1 language of the event texts; default {@code en}
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.deutsche-post")
record DeutschePostProperties(@DefaultValue("https://api-eu.dhl.com") String baseUrl, @DefaultValue("") String apiKey,
		@DefaultValue("post-de") String service, @DefaultValue("en") String language,
		@DefaultValue("10s") Duration timeout) {
}
