package dev.doorstep.order.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A shop's connection to one platform.
 *
 * @param secret what the platform signs webhooks with (Shopify: the app's client secret;
 * WooCommerce: the webhook's secret; Shopware: the app secret the registration is signed
 * with; Magento: the webhooks' public key, PEM). Empty when the platform only pulls.
 * Never leaves through the API: see {@link #maskedSecret()}.
 * @param baseUrl where Doorstep reads the platform's REST API (Magento's pull)
 * @param accessToken the bearer token for that API (Magento's integration access token)
 * @param appName the platform's name of the Doorstep app (Shopware's manifest name)
 */
public record PlatformConnection(String platform, String secret, @Nullable String baseUrl, @Nullable String accessToken,
		@Nullable String appName, Instant createdAt, Instant updatedAt) {

	/** Enough of the secret to recognize it, not to use it; {@code null} when none. */
	public @Nullable String maskedSecret() {
		return mask(this.secret);
	}

	public @Nullable String maskedAccessToken() {
		return mask(this.accessToken);
	}

	private static @Nullable String mask(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return value.length() <= 8 ? "***" : "***" + value.substring(value.length() - 4);
	}

	@Override
	public String toString() {
		return "PlatformConnection[platform=" + this.platform + "]";
	}

	/**
	 * What a merchant sets on a connection ({@code PUT /api/v1/platforms/{platform}}).
	 * Which fields a platform needs is its adapter's
	 * {@link PlatformAdapter#check(Settings)}.
	 */
	public record Settings(String secret, @Nullable String baseUrl, @Nullable String accessToken,
			@Nullable String appName) {

		public Settings {
			secret = secret == null ? "" : secret.strip();
			baseUrl = blankToNull(baseUrl);
			accessToken = blankToNull(accessToken);
			appName = blankToNull(appName);
		}

		/** Only a webhook secret, as Shopify and WooCommerce need. */
		public static Settings secret(String secret) {
			return new Settings(secret, null, null, null);
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

}
