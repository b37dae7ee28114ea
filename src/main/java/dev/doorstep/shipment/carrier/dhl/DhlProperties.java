package dev.doorstep.shipment.carrier.dhl;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to DHL's Unified Tracking API for the {@code dhl} carrier.
 *
 * @param baseUrl the API host; default {@code https://api-eu.dhl.com}
 * @param apiKey the {@code DHL-API-Key} of the instance's developer.dhl.com app; empty
 * (default) means only shops with their own key can track DHL parcels
 * @param service the Unified API {@code service} to ask (e.g. {@code parcel-de},
 * {@code express}, {@code ecommerce}); empty (default) lets DHL search all its services
 * @param language ISO 639-1 language of the event texts; default {@code en}
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.dhl")
record DhlProperties(@DefaultValue("https://api-eu.dhl.com") String baseUrl, @DefaultValue("") String apiKey,
		@DefaultValue("") String service, @DefaultValue("en") String language, @DefaultValue("10s") Duration timeout) {
}
