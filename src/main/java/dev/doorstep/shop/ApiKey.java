package dev.doorstep.shop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API key as listed in the console: never the secret, only its first characters.
 */
public record ApiKey(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
