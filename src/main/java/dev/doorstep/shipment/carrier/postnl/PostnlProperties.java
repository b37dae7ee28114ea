package dev.doorstep.shipment.carrier.postnl;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the PostNL Shippingstatus API for the {@code postnl} carrier.
 *
 * @param baseUrl the API host; default {@code https://api.postnl.nl}
 * @param apiKey the {@code apikey} of the instance's PostNL developer account; empty
 * (default) means only shops with their own key can track PostNL parcels
 * @param language language of the status and event texts ({@code NL}, {@code EN},
 * {@code DE}, {@code FR}, {@code CN}); default {@code EN}
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.postnl")
record PostnlProperties(@DefaultValue("https://api.postnl.nl") String baseUrl, @DefaultValue("") String apiKey,
		@DefaultValue("EN") String language, @DefaultValue("10s") Duration timeout) {
}
