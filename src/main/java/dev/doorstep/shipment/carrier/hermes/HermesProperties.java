package dev.doorstep.shipment.carrier.hermes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the Hermes Shipping Interface (HSI) shipment info API.
 *
 * @param baseUrl HSI base; default {@code https://de-api.hermesworld.com/services/hsi}
 * (integration: {@code https://de-api-int.hermesworld.com/services/hsi})
 * @param tokenUrl OAuth token endpoint; default
 * {@code https://authme.myhermes.de/authorization-facade/oauth2/access_token}
 * @param clientId OAuth client id Hermes issued to the API partner (this Doorstep
 * installation); empty (default) disables Hermes
 * @param clientSecret OAuth client secret of that client; empty by default
 * @param username HSI user of the business customer, used when a shop has no own Hermes
 * credentials; empty by default
 * @param password password of that user; empty by default
 * @param language {@code Accept-Language} of the status texts, {@code DE} or {@code EN};
 * default {@code DE}
 * @param timeout connect and request timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.hermes")
public record HermesProperties(@DefaultValue("https://de-api.hermesworld.com/services/hsi") String baseUrl,
		@DefaultValue("https://authme.myhermes.de/authorization-facade/oauth2/access_token") String tokenUrl,
		@DefaultValue("") String clientId, @DefaultValue("") String clientSecret, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("DE") String language, @DefaultValue("10s") Duration timeout) {
}
