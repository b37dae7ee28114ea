package dev.doorstep.notification.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links in messages, and signed tokens for links that act without a login
 * (unsubscribe): the message id plus an HMAC, so nobody can unsubscribe others by
 * guessing.
 */
@Component
public class Links {

	private final NotificationProperties properties;

	private final Environment environment;

	private final PublicSites sites;

	private final byte[] key;

	private volatile @Nullable String base;

	private volatile @Nullable Mac prototype;

	Links(NotificationProperties properties, Environment environment, PublicSites sites) {
		this.properties = properties;
		this.environment = environment;
		this.sites = sites;
		if (properties.signingKey().isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = properties.signingKey().getBytes(StandardCharsets.UTF_8);
		}
	}

	/** {@code path} made absolute with the public base URL. */
	public String absolute(String path) {
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * {@code path} made absolute on the shop's own public base URL (its custom domain),
	 * or the global one if it has none.
	 */
	public String absolute(ShopId shop, String path) {
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		String own = this.sites.get(shop).publicBaseUrl();
		return ((own != null) ? own : base()) + (path.startsWith("/") ? path : "/" + path);
	}

	public String unsubscribeUrl(ShopId shop, UUID messageId) {
		return absolute(shop, "/n/u/" + token(messageId));
	}

	/**
	 * A 1×1 image that records the open when the recipient's mail client loads images.
	 */
	public String openPixelUrl(ShopId shop, UUID messageId) {
		return absolute(shop, "/n/o/" + token(messageId) + ".gif");
	}

	/**
	 * {@code target} through a redirect that records the click; signed, so it never
	 * redirects elsewhere.
	 */
	public String clickUrl(ShopId shop, UUID messageId, String target) {
		return absolute(shop, "/n/c/" + token(messageId) + "?u="
				+ java.net.URLEncoder.encode(target, StandardCharsets.UTF_8) + "&s=" + sign(messageId + "|" + target));
	}

	/**
	 * Whether {@code signature} was made by {@link #clickUrl} for this message and
	 * target.
	 */
	public boolean verifyClick(UUID messageId, String target, @Nullable String signature) {
		return signature != null
				&& java.security.MessageDigest.isEqual(sign(messageId + "|" + target).getBytes(StandardCharsets.UTF_8),
						signature.getBytes(StandardCharsets.UTF_8));
	}

	public String token(UUID messageId) {
		String id = messageId.toString();
		return id + "." + sign(id);
	}

	/** The message id of a well-signed token. */
	public Optional<UUID> verify(@Nullable String token) {
		if (token == null) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String id = token.substring(0, dot);
		if (!java.security.MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.UTF_8),
				token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A signed message token for an email address (the VERP envelope sender): only
	 * lower-case letters and digits, as mail systems may fold the case of an address and
	 * RFC 5321 allows 64 characters before the {@code @}. The message id and 64 bits of
	 * its HMAC in base32: 39 characters.
	 */
	public String addressToken(UUID messageId) {
		ByteBuffer bytes = ByteBuffer.allocate(24)
			.putLong(messageId.getMostSignificantBits())
			.putLong(messageId.getLeastSignificantBits());
		bytes.put(mac(bytes.array(), 16), 0, 8);
		return base32(bytes.array());
	}

	/** The message id of a well-signed {@link #addressToken}, in any case. */
	public Optional<UUID> verifyAddressToken(String token) {
		byte[] bytes = unbase32(token.toLowerCase(Locale.ROOT));
		if (bytes == null || bytes.length != 24) {
			return Optional.empty();
		}
		byte[] expected = Arrays.copyOf(mac(bytes, 16), 8);
		if (!java.security.MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, 16, 24))) {
			return Optional.empty();
		}
		ByteBuffer id = ByteBuffer.wrap(bytes, 0, 16);
		return Optional.of(new UUID(id.getLong(), id.getLong()));
	}

	private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

	/** RFC 4648 base32, lower case, without padding. */
	private static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	private static byte @Nullable [] unbase32(String text) {
		byte[] out = new byte[text.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			int value = BASE32.indexOf(text.charAt(i));
			if (value < 0) {
				return null;
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[length++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

	private String sign(String value) {
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(data, data.length)).substring(0, 22);
	}

	private byte[] mac(byte[] data, int length) {
		try {
			Mac mac = mac();
			mac.update(data, 0, length);
			return mac.doFinal();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	/**
	 * A MAC with the key: a copy of one set up once (looking up the provider and setting
	 * the key cost more than signing; every email signs its links).
	 */
	private Mac mac() throws java.security.GeneralSecurityException {
		Mac prototype = this.prototype;
		if (prototype == null) {
			prototype = Mac.getInstance("HmacSHA256");
			prototype.init(new SecretKeySpec(this.key, "HmacSHA256"));
			this.prototype = prototype;
		}
		try {
			return (Mac) prototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac;
		}
	}

	private String base() {
		String known = this.base;
		if (known != null) {
			return known;
		}
		boolean settled = true;
		String configured = this.properties.publicBaseUrl();
		if (configured.isBlank()) {
			configured = this.environment.getProperty("doorstep.shipment.public-base-url", "");
		}
		if (configured.isBlank()) {
			// The port is known once the server has started; until then it is not final.
			settled = this.environment.containsProperty("local.server.port");
			configured = "http://localhost:" + this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
		}
		String resolved = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		if (settled) {
			// Looked up once: the environment lookups were a tenth of the CPU per email
			// (bench/run-notify.sh).
			this.base = resolved;
		}
		return resolved;
	}

}
