package dev.doorstep.shipment.carrier.fedex;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the FedEx Track API v1.
 *
 * @param baseUrl API host; the token path {@code /oauth/token} and the tracking path
 * {@code /track/v1/trackingnumbers} are below it; default {@code https://apis.fedex.com}
 * (the sandbox is {@code https://apis-sandbox.fedex.com})
 * @param clientId API key of the project in the FedEx Developer Portal; empty (default)
 * means no instance-wide credentials
 * @param clientSecret secret key of that project; empty by default
 * @param locale {@code X-locale} header for event descriptions, e.g. {@code de_DE};
 * default {@code en_US}
 * @param timeout connect and request timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.fedex")
public record FedexProperties(@DefaultValue("https://apis.fedex.com") String baseUrl, @DefaultValue("") String clientId,
		@DefaultValue("") String clientSecret, @DefaultValue("en_US") String locale,
		@DefaultValue("10s") Duration timeout) {
}
