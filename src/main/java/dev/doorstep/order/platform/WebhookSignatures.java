package dev.doorstep.order.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Signature checks platforms share. Shopify and WooCommerce both send
 * base64(HMAC-SHA256(raw body, secret)); Shopware sends it in hex.
 */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	public static String base64HmacSha256(byte[] body, String secret) {
		return Base64.getEncoder().encodeToString(hmacSha256(body, secret));
	}

	/** Lower-case hex HMAC-SHA256, as Shopware signs. */
	public static String hexHmacSha256(byte[] data, String secret) {
		return HexFormat.of().formatHex(hmacSha256(data, secret));
	}

	/**
	 * Whether {@code received} is hex(HMAC-SHA256(data, secret)), in either case,
	 * compared in constant time.
	 */
	public static boolean hexHmacSha256Matches(@Nullable String received, byte[] data, String secret) {
		if (received == null || received.isBlank() || secret.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(hexHmacSha256(data, secret).getBytes(StandardCharsets.US_ASCII),
				received.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] hmacSha256(byte[] data, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Hex SHA-256 of a body: the delivery id of platforms that send none. */
	public static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * Whether {@code received} is base64(HMAC-SHA256(body, secret)), compared in constant
	 * time so the answer's timing tells nothing about how much of a forgery was right.
	 */
	public static boolean base64HmacSha256Matches(@Nullable String received, byte[] body, String secret) {
		if (received == null || received.isBlank() || secret.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(base64HmacSha256(body, secret).getBytes(StandardCharsets.US_ASCII),
				received.strip().getBytes(StandardCharsets.US_ASCII));
	}

}
