package dev.doorstep.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 for signed webhooks, both ways: the signature Doorstep puts on its own
 * webhooks and the ones providers put on theirs.
 */
public final class Signatures {

	private Signatures() {
	}

	public static byte[] hmacSha256(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/** Lower-case hex HMAC-SHA256 of {@code data} with a UTF-8 key. */
	public static String hmacSha256Hex(String key, byte[] data) {
		return HexFormat.of().formatHex(hmacSha256(key.getBytes(StandardCharsets.UTF_8), data));
	}

	/** Compares in constant time, so a forger learns nothing from response times. */
	public static boolean sameText(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

}
