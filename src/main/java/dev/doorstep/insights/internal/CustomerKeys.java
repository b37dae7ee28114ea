package dev.doorstep.insights.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A customer's key for the repurchase rate: SHA-256 of the shop and the trimmed,
 * lower-cased email, so the read models hold no email and the same shopper is recognized
 * across orders ({@code Anna@Example.com } and {@code anna@example.com} are one
 * customer).
 */
final class CustomerKeys {

	private CustomerKeys() {
	}

	static @Nullable String of(ShopId shop, @Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest
				.digest((shop.value() + ":" + email.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
