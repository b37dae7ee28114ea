package dev.doorstep.shipment.carrier.gls;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the GLS Track And Trace V1 API.
 *
 * @param baseUrl API host; the tracking path {@code /track-and-trace-v1/...} and the
 * token path {@code /oauth2/v1/token} are below it; default
 * {@code https://api.gls-group.net}
 * @param clientId OAuth client id of the app in the GLS Developer Portal; empty (default)
 * means no instance-wide credentials
 * @param clientSecret OAuth client secret of that app; empty by default
 * @param language {@code Accept-Language} for event descriptions, {@code DE} or
 * {@code EN}; default {@code DE}
 * @param timeout connect and request timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.gls")
public record GlsProperties(@DefaultValue("https://api.gls-group.net") String baseUrl,
		@DefaultValue("") String clientId, @DefaultValue("") String clientSecret, @DefaultValue("DE") String language,
		@DefaultValue("10s") Duration timeout) {
}
