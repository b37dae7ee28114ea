package dev.doorstep.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks a shop's API keys. Only a SHA-256 of each secret is
 * stored; checks are cached briefly because every API call makes one.
 */
@Service
public class ApiKeys {

	/** Every key starts with this, so leaked keys are easy to find by secret scanners. */
	public static final String KEY_PREFIX = "dsk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, Optional<ShopId>> checked = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofSeconds(30))
		.build();

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public IssuedApiKey issue(ShopId shop, String name) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return store(shop, name, KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/**
	 * Stores a key whose secret was chosen outside Doorstep (bootstrap for automation).
	 */
	@Transactional
	public IssuedApiKey register(ShopId shop, String name, String secret) {
		if (secret.length() < 24) {
			throw new IllegalArgumentException("An API key must have at least 24 characters");
		}
		return store(shop, name, secret);
	}

	private IssuedApiKey store(ShopId shop, String name, String secret) {
		UUID id = UUID.randomUUID();
		String prefix = secret.substring(0, Math.min(secret.length(), KEY_PREFIX.length() + 6));
		this.jdbc.sql("""
				INSERT INTO api_key (id, shop_id, name, prefix, secret_hash, created_at)
				VALUES (:id, :shop, :name, :prefix, :hash, :now)
				""")
			.param("id", id)
			.param("shop", shop.value())
			.param("name", name)
			.param("prefix", prefix)
			.param("hash", hash(secret))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return new IssuedApiKey(id, name, prefix, secret);
	}

	public List<ApiKey> list(ShopId shop) {
		return this.jdbc.sql("""
				SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_key
				WHERE shop_id = :shop ORDER BY revoked_at NULLS FIRST, created_at DESC
				""")
			.param("shop", shop.value())
			.query((rs, row) -> new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("last_used_at"))
						.map(java.sql.Timestamp::toInstant)
						.orElse(null),
					Optional.ofNullable(rs.getTimestamp("revoked_at")).map(java.sql.Timestamp::toInstant).orElse(null)))
			.list();
	}

	@Transactional
	public boolean revoke(ShopId shop, UUID keyId) {
		int changed = this.jdbc.sql("""
				UPDATE api_key SET revoked_at = :now WHERE id = :id AND shop_id = :shop AND revoked_at IS NULL
				""")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("id", keyId)
			.param("shop", shop.value())
			.update();
		// A revoked key must stop working at once on this node, not after the cache
		// expires.
		this.checked.invalidateAll();
		return changed > 0;
	}

	/**
	 * The shop an active key belongs to, or empty for an unknown or revoked key.
	 */
	public Optional<ShopId> authenticate(String secret) {
		String hash = hash(secret);
		return this.checked.get(hash, this::lookup);
	}

	private Optional<ShopId> lookup(String hash) {
		// Touching last_used_at only when the cache is (re)filled keeps the hot path free
		// of writes.
		return this.jdbc.sql("""
				UPDATE api_key SET last_used_at = :now WHERE secret_hash = :hash AND revoked_at IS NULL
				RETURNING shop_id
				""")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("hash", hash)
			.query((rs, row) -> new ShopId(rs.getObject("shop_id", UUID.class)))
			.optional();
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
