package dev.doorstep.shipment.carrier.dpd;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to DPD Germany's ParcelLifeCycleService 2.0.
 *
 * @param baseUrl web service host; the services live at
 * {@code /services/ParcelLifeCycleService/V2_0/} and {@code /services/LoginService/V2_1/}
 * below it; default {@code https://public-ws.dpd.com} (stage:
 * {@code https://public-ws-stage.dpd.com})
 * @param delisId DPD customer login (delisId); empty (default) means no instance-wide
 * credentials
 * @param password password of that delisId; Doorstep logs in at DPD's LoginService
 * ({@code /services/LoginService/V2_1/}) and renews the token itself; empty by default
 * @param messageLanguage language of DPD's texts, e.g. {@code de_DE} or {@code en_US};
 * default {@code de_DE}
 * @param timeout connect and request timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.carrier.dpd")
public record DpdProperties(@DefaultValue("https://public-ws.dpd.com") String baseUrl, @DefaultValue("") String delisId,
		@DefaultValue("") String password, @DefaultValue("de_DE") String messageLanguage,
		@DefaultValue("10s") Duration timeout) {
}
