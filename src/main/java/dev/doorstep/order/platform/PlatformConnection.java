package dev.doorstep.order.platform;

import java.time.Instant;

/**
 * A shop's connection to one platform.
 *
 * @param secret what the platform signs webhooks with (Shopify: the app's client secret;
 * WooCommerce: the webhook's secret). Never leaves through the API: see
 * {@link #maskedSecret()}.
 */
public record PlatformConnection(String platform, String secret, Instant createdAt, Instant updatedAt) {

	/** Enough of the secret to recognize it, not to use it. */
	public String maskedSecret() {
		return this.secret.length() <= 8 ? "***" : "***" + this.secret.substring(this.secret.length() - 4);
	}

	@Override
	public String toString() {
		return "PlatformConnection[platform=" + this.platform + "]";
	}

}
