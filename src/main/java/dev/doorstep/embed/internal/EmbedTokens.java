package dev.doorstep.embed.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Widget tokens: who the widget shows orders for, signed with HMAC-SHA256 and valid for
 * minutes. A token names the shop, the customer (the shop's customer id, or the SHA-256
 * of the email: never the address itself, as tokens travel in pages and URLs) and its
 * expiry; nothing is stored, so issuing costs no database write.
 *
 * <p>
 * Format: {@code base64url("1|shop|expiresEpochSeconds|kind|key") "." base64url(hmac)},
 * kind {@code i} (customer id) or {@code e} (email key).
 */
@Component
public class EmbedTokens {

	private static final String VERSION = "1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	/** Whom a valid token is for. */
	public record Customer(ShopId shop, @Nullable String customerId, @Nullable String emailKey, Instant expiresAt) {
	}

	/** The outcome of reading a token. */
	public sealed interface Verdict {

		/** Well signed and not expired. */
		record Valid(Customer customer) implements Verdict {
		}

		/** Expired, tampered with, malformed or signed with another key. */
		record Rejected(String reason) implements Verdict {
		}

	}

	/** A new token and when it stops working. */
	public record Issued(String token, Instant expiresAt) {
	}

	private final byte[] key;

	private final Clock clock;

	EmbedTokens(EmbedProperties properties, Clock clock) {
		this.clock = clock;
		if (properties.signingKey().isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else if (properties.signingKey().length() < 32) {
			throw new IllegalStateException("doorstep.embed.signing-key must have at least 32 characters");
		}
		else {
			this.key = properties.signingKey().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A token for the shop's customer, by its customer id or by its email. */
	public Issued issue(ShopId shop, @Nullable String customerId, @Nullable String emailKey, Duration ttl) {
		if ((customerId == null) == (emailKey == null)) {
			throw new IllegalArgumentException("a token names exactly one of customer id and email");
		}
		Instant expires = this.clock.instant().plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String payload = String.join("|", VERSION, shop.value().toString(), Long.toString(expires.getEpochSecond()),
				(customerId != null) ? "i" : "e", (customerId != null) ? customerId : emailKey);
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		return new Issued(ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes)), expires);
	}

	public Verdict verify(@Nullable String token) {
		if (token == null || token.length() > 1000) {
			return new Verdict.Rejected("invalid");
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return new Verdict.Rejected("invalid");
		}
		byte[] payload;
		byte[] signature;
		try {
			payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
			signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return new Verdict.Rejected("invalid");
		}
		if (!MessageDigest.isEqual(mac(payload), signature)) {
			return new Verdict.Rejected("invalid");
		}
		String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 5);
		if (parts.length != 5 || !parts[0].equals(VERSION)) {
			return new Verdict.Rejected("invalid");
		}
		try {
			Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
			if (!this.clock.instant().isBefore(expires)) {
				return new Verdict.Rejected("expired");
			}
			ShopId shop = new ShopId(UUID.fromString(parts[1]));
			boolean byId = parts[3].equals("i");
			return new Verdict.Valid(new Customer(shop, byId ? parts[4] : null, byId ? null : parts[4], expires));
		}
		catch (IllegalArgumentException ex) {
			return new Verdict.Rejected("invalid");
		}
	}

	private byte[] mac(byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
