package dev.doorstep.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

	private final byte[] key;

	private volatile @Nullable String base;

	private volatile @Nullable Mac prototype;

	Links(NotificationProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
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

	public String unsubscribeUrl(UUID messageId) {
		return absolute("/n/u/" + token(messageId));
	}

	/**
	 * A 1×1 image that records the open when the recipient's mail client loads images.
	 */
	public String openPixelUrl(UUID messageId) {
		return absolute("/n/o/" + token(messageId) + ".gif");
	}

	/**
	 * {@code target} through a redirect that records the click; signed, so it never
	 * redirects elsewhere.
	 */
	public String clickUrl(UUID messageId, String target) {
		return absolute("/n/c/" + token(messageId) + "?u=" + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8)
				+ "&s=" + sign(messageId + "|" + target));
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

	private String sign(String value) {
		try {
			byte[] digest = mac().doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
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
