package dev.doorstep.shipment.carrier.usps;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the USPS APIs (Tracking 3.0) for the {@code usps} carrier.
 *
 * @param baseUrl the API host for the token and tracking endpoints; default
 * {@code https://apis.usps.com}
 * @param clientId the consumer key of the instance's developers.usps.com app; empty
 * (default) means only shops with their own credentials can track USPS parcels
 * @param clientSecret the consumer secret belonging to {@code clientId}; empty by default
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.usps")
record UspsProperties(@DefaultValue("https://apis.usps.com") String baseUrl, @DefaultValue("") String clientId,
		@DefaultValue("") String clientSecret, @DefaultValue("10s") Duration timeout) {
}
