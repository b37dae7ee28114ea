package dev.doorstep.notification.channel.webpush;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application server's VAPID key pair (RFC 8292): from the properties, or generated
 * once and stored, so browsers that subscribed with the public key keep receiving after a
 * restart. The pair is per installation, not per shop: a subscription is bound to the key
 * it was made with.
 */
@Component
public class VapidKeys {

	/** The keys in use, with the public key as browsers want it. */
	public record Pair(ECPublicKey publicKey, ECPrivateKey privateKey, String publicKeyBase64) {
	}

	private final WebPushProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable Pair pair;

	VapidKeys(WebPushProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Loaded on first use, not at start, so the database is migrated by then. */
	public Pair pair() {
		Pair current = this.pair;
		if (current == null) {
			synchronized (this) {
				current = this.pair;
				if (current == null) {
					current = load();
					this.pair = current;
				}
			}
		}
		return current;
	}

	/** The VAPID JWT for one push service origin, valid for 12 hours. */
	public String jwt(String audience) {
		long expires = this.clock.instant().plusSeconds(12 * 3600).getEpochSecond();
		String claims = "{\"aud\":\"" + json(audience) + "\",\"exp\":" + expires + ",\"sub\":\""
				+ json(this.properties.subject()) + "\"}";
		return WebPushCrypto.signJwt("{\"typ\":\"JWT\",\"alg\":\"ES256\"}", claims, pair().privateKey());
	}

	private Pair load() {
		boolean publicSet = !this.properties.publicKey().isBlank();
		if (publicSet != !this.properties.privateKey().isBlank()) {
			throw new IllegalStateException(
					"Set both doorstep.notification.webpush.public-key and private-key, or neither");
		}
		if (publicSet) {
			return pair(this.properties.publicKey().strip(), this.properties.privateKey().strip());
		}
		KeyPair generated = WebPushCrypto.generateKeyPair();
		// Two instances starting together: the first insert wins, both read it back.
		this.jdbc.sql("""
				INSERT INTO webpush_vapid_key (id, public_key, private_key, created_at)
				VALUES (1, :public, :private, :at) ON CONFLICT (id) DO NOTHING
				""")
			.param("public", WebPushCrypto.base64Url(WebPushCrypto.encodePoint((ECPublicKey) generated.getPublic())))
			.param("private",
					WebPushCrypto.base64Url(WebPushCrypto.encodePrivate((ECPrivateKey) generated.getPrivate())))
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		return this.jdbc.sql("SELECT public_key, private_key FROM webpush_vapid_key WHERE id = 1")
			.query((rs, row) -> pair(rs.getString("public_key"), rs.getString("private_key")))
			.single();
	}

	private static Pair pair(String publicKey, String privateKey) {
		ECPublicKey decodedPublic = WebPushCrypto.decodePoint(WebPushCrypto.base64UrlDecode(publicKey));
		return new Pair(decodedPublic, WebPushCrypto.decodePrivate(WebPushCrypto.base64UrlDecode(privateKey)),
				WebPushCrypto.base64Url(WebPushCrypto.encodePoint(decodedPublic)));
	}

	private static String json(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
