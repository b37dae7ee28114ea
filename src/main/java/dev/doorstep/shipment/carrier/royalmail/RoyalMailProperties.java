package dev.doorstep.shipment.carrier.royalmail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the Royal Mail Tracking API v2 for the {@code royal-mail} carrier.
 *
 * @param baseUrl the API host; default {@code https://api.royalmail.net}
 * @param clientId the {@code X-IBM-Client-Id} of the instance's developer.royalmail.net
 * app; empty (default) means only shops with their own credentials can track Royal Mail
 * items
 * @param clientSecret the {@code X-IBM-Client-Secret} of that app; empty by default
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.royal-mail")
record RoyalMailProperties(@DefaultValue("https://api.royalmail.net") String baseUrl, @DefaultValue("") String clientId,
		@DefaultValue("") String clientSecret, @DefaultValue("10s") Duration timeout) {
}
