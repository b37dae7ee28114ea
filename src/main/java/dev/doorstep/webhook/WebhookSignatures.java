package dev.doorstep.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The {@value #HEADER} header on every webhook, made and checked.
 *
 * <p>
 * Format: {@code Doorstep-Signature: t=<unix seconds>,v1=<hex>} where {@code <hex>} is
 * the lower-case hex HMAC-SHA256, keyed with the subscription secret (its UTF-8 bytes, as
 * shown on create), over the bytes {@code "<t>." + <raw request body>}. A receiver
 * recomputes it over the body exactly as received (before any JSON parsing), compares in
 * constant time and rejects a {@code t} more than five minutes away from its own clock,
 * so a captured request cannot be replayed later. A rotated secret signs from the next
 * attempt on. Several {@code v1=} values are accepted, one match is enough (room for a
 * later overlap of old and new secret).
 */
public final class WebhookSignatures {

	/** The header name. */
	public static final String HEADER = "Doorstep-Signature";

	/** How far a receiver should let {@code t} be from its clock. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private WebhookSignatures() {
	}

	/** The header value for {@code body} sent at {@code time}. */
	public static String sign(String secret, Instant time, byte[] body) {
		long timestamp = time.getEpochSecond();
		return "t=" + timestamp + ",v1=" + hex(secret, timestamp, body);
	}

	/**
	 * Whether {@code header} is a valid signature of {@code body} by {@code secret}, made
	 * within {@code tolerance} of {@code now}. Malformed or missing headers are simply
	 * invalid.
	 */
	public static boolean verify(String secret, @Nullable String header, byte[] body, Instant now, Duration tolerance) {
		if (header == null) {
			return false;
		}
		Long timestamp = null;
		for (String part : header.split(",")) {
			String item = part.strip();
			if (item.startsWith("t=")) {
				try {
					timestamp = Long.parseLong(item.substring(2));
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
		}
		if (timestamp == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
			return false;
		}
		byte[] expected = hex(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		for (String part : header.split(",")) {
			String item = part.strip();
			if (item.startsWith("v1=")
					&& MessageDigest.isEqual(expected, item.substring(3).getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	private static String hex(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
