package dev.doorstep.recommendation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.order.OrderId;
import dev.doorstep.recommendation.internal.RecommendationProperties;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;

/**
 * Signed links to recommended products: {@code /go/{payload}.{signature}}. The payload
 * names the shop, the order the product was shown for, the SKU and the surface; the
 * redirect goes to the product's URL in the catalogue, never to a URL from the request,
 * so the links cannot be used as an open redirect, and a changed payload fails the
 * HMAC-SHA256 signature.
 */
@Service
public class ClickLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	ClickLinks(RecommendationProperties properties) {
		byte[] secret;
		if (properties.clickKey().isBlank()) {
			// Links of an earlier start stop working (404): acceptable for a deployment
			// that did not configure a key; documented in docs/guides/cross-sell.md.
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			secret = properties.clickKey().getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** The path (without host) of a signed link to a recommended product. */
	public String path(ShopId shop, OrderId order, String sku, Surface surface) {
		String payload = ENCODER
			.encodeToString(String.join("|", shop.value().toString(), order.value().toString(), surface.name(), sku)
				.getBytes(StandardCharsets.UTF_8));
		return "/go/" + payload + "." + ENCODER.encodeToString(sign(payload));
	}

	/** The click a link names, or empty when it was not signed by this server. */
	public Optional<Click> verify(String payload, String signature) {
		// Compared as the text this server writes: base64 decoders ignore the last
		// character's spare bits, so comparing decoded bytes let four spellings of one
		// signature pass.
		byte[] expected = ENCODER.encode(sign(payload));
		if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		try {
			String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", 4);
			return Optional.of(new Click(new ShopId(UUID.fromString(parts[0])), new OrderId(UUID.fromString(parts[1])),
					Surface.valueOf(parts[2]), parts[3]));
		}
		catch (RuntimeException ex) {
			// Signed by us but not in our format (a key shared with something else).
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** What a verified link names. */
	public record Click(ShopId shop, OrderId order, Surface surface, String sku) {
	}

}
