package dev.doorstep.order.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Signature checks platforms share. Shopify and WooCommerce both send
 * base64(HMAC-SHA256(raw body, secret)).
 */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	public static String base64HmacSha256(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
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
