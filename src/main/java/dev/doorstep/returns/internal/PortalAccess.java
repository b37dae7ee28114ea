package dev.doorstep.returns.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Short-lived signed keys to one order's returns portal, given out after a successful
 * look-up or to the holder of a tracking link. Stateless (no session, no table): the key
 * holds the shop, the order and an expiry, signed with HMAC-SHA256. Without a configured
 * secret each start draws a new one, which only ends open portal visits.
 */
@Component
public class PortalAccess {

	private final byte[] secret;

	private final Clock clock;

	private final Duration validity;

	PortalAccess(ReturnsProperties properties, Clock clock) {
		this.clock = clock;
		this.validity = properties.portalAccessValidity();
		if (properties.portalSecret().isBlank()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(this.secret);
		}
		else {
			this.secret = properties.portalSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** The shop and order a key opens. */
	public record Grant(ShopId shop, OrderId order) {
	}

	public String issue(ShopId shop, OrderId order) {
		ByteBuffer body = ByteBuffer.allocate(40);
		body.putLong(shop.value().getMostSignificantBits()).putLong(shop.value().getLeastSignificantBits());
		body.putLong(order.value().getMostSignificantBits()).putLong(order.value().getLeastSignificantBits());
		body.putLong(this.clock.instant().plus(this.validity).getEpochSecond());
		byte[] signed = ByteBuffer.allocate(56).put(body.array()).put(mac(body.array()), 0, 16).array();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
	}

	/** The grant of a valid, unexpired key; empty for anything else. */
	public Optional<Grant> verify(String key) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(key);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (bytes.length != 56) {
			return Optional.empty();
		}
		byte[] body = java.util.Arrays.copyOf(bytes, 40);
		byte[] expected = java.util.Arrays.copyOf(mac(body), 16);
		if (!MessageDigest.isEqual(expected, java.util.Arrays.copyOfRange(bytes, 40, 56))) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(body);
		ShopId shop = new ShopId(new UUID(buffer.getLong(), buffer.getLong()));
		OrderId order = new OrderId(new UUID(buffer.getLong(), buffer.getLong()));
		if (Instant.ofEpochSecond(buffer.getLong()).isBefore(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(new Grant(shop, order));
	}

	private byte[] mac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
