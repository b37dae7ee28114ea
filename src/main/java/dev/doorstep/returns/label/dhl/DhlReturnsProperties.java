package dev.doorstep.returns.label.dhl;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to DHL's Parcel DE Returns API. Without {@code api-key}, {@code username},
 * {@code password} and at least one receiver id there is no DHL returns label, and the
 * Doorstep label is used alone.
 *
 * @param baseUrl the API's base; default
 * {@code https://api-eu.dhl.com/parcel/de/shipping/returns/v1} (the sandbox is
 * {@code https://api-sandbox.dhl.com/parcel/de/shipping/returns/v1})
 * @param apiKey the {@code dhl-api-key} of the instance's developer.dhl.com app (its
 * client id for OAuth2); empty by default
 * @param username the Post &amp; DHL business customer portal user with the "Returns"
 * right; empty by default
 * @param password that user's password; empty by default
 * @param clientSecret the app's secret: when set, Doorstep uses OAuth2 (password grant)
 * instead of HTTP Basic; empty by default
 * @param tokenUrl the OAuth2 token endpoint; default
 * {@code https://api-eu.dhl.com/parcel/de/account/auth/ropc/v1/token}
 * @param receiverIds the merchant's receiver id per sender country, ISO 3166-1 alpha-2
 * code to id as set up in the business customer portal (e.g. {@code DE=deu},
 * {@code AT=aut}); a shopper in a country without one gets no DHL label; empty by default
 * @param timeout connect and read timeout per call; default 10 seconds
 */
@ConfigurationProperties("doorstep.returns.dhl")
public record DhlReturnsProperties(@DefaultValue("https://api-eu.dhl.com/parcel/de/shipping/returns/v1") String baseUrl,
		@DefaultValue("") String apiKey, @DefaultValue("") String username, @DefaultValue("") String password,
		@DefaultValue("") String clientSecret,
		@DefaultValue("https://api-eu.dhl.com/parcel/de/account/auth/ropc/v1/token") String tokenUrl,
		@DefaultValue Map<String, String> receiverIds, @DefaultValue("10s") Duration timeout) {

	public DhlReturnsProperties {
		// Country keys in upper case whatever the property source did to them.
		Map<String, String> byCountry = new TreeMap<>();
		receiverIds.forEach((country, id) -> {
			if (!id.isBlank()) {
				byCountry.put(country.strip().toUpperCase(Locale.ROOT), id.strip());
			}
		});
		receiverIds = Map.copyOf(byCountry);
	}

	boolean configured() {
		return !this.apiKey.isBlank() && !this.username.isBlank() && !this.password.isBlank()
				&& !this.receiverIds.isEmpty();
	}

	boolean oauth() {
		return !this.clientSecret.isBlank();
	}

	@Override
	public String toString() {
		return "DhlReturnsProperties[baseUrl=" + this.baseUrl + ", receiverIds=" + this.receiverIds + ", credentials="
				+ (configured() ? "set" : "none") + "]";
	}

}
