package dev.doorstep.shipment.carrier.ups;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the UPS Track API v1.
 *
 * @param baseUrl API host; the token path {@code /security/v1/oauth/token} and the
 * tracking path {@code /api/track/v1/details/...} are below it; default
 * {@code https://onlinetools.ups.com} (the customer integration environment is
 * {@code https://wwwcie.ups.com})
 * @param clientId OAuth client id of the app in the UPS Developer Portal; empty (default)
 * means no instance-wide credentials
 * @param clientSecret OAuth client secret of that app; empty by default
 * @param transactionSrc the {@code transactionSrc} header UPS requires to name the
 * calling application; default {@code doorstep}
 * @param locale {@code locale} query parameter for event descriptions, e.g.
 * {@code de_DE}; default {@code en_US}
 * @param timeout connect and request timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.ups")
public record UpsProperties(@DefaultValue("https://onlinetools.ups.com") String baseUrl,
		@DefaultValue("") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("doorstep") String transactionSrc, @DefaultValue("en_US") String locale,
		@DefaultValue("10s") Duration timeout) {
}
