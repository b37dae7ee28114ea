package dev.doorstep.shipment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A shop's own access to a carrier API or push source. Secrets stay in here; what leaves
 * the service through the API is {@link #masked()}.
 *
 * @param code a carrier code ({@code dhl}) or a push source ({@code aftership})
 * @param apiKey API key, OAuth client id or user name
 * @param apiSecret OAuth client secret or password
 * @param accountNumber customer or account number where the carrier wants one
 * @param webhookSecret the secret push calls are signed with
 */
public record CarrierAccount(String code, @Nullable String apiKey, @Nullable String apiSecret,
		@Nullable String accountNumber, @Nullable String webhookSecret, Instant updatedAt) {

	/** The account with every secret replaced by a hint that it is set. */
	public CarrierAccount masked() {
		return new CarrierAccount(this.code, mask(this.apiKey), this.apiSecret == null ? null : "***",
				this.accountNumber, this.webhookSecret == null ? null : "***", this.updatedAt);
	}

	private static @Nullable String mask(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return value.length() <= 6 ? "***" : value.substring(0, 3) + "***" + value.substring(value.length() - 2);
	}

	@Override
	public String toString() {
		return "CarrierAccount[code=" + this.code + "]";
	}

}
