package dev.doorstep.embed.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Slows down a widget that loops or a script that reuses a leaked token: each token and
 * each client address has a per-minute allowance of widget API requests. Buckets live in
 * memory only, in caches that forget idle tokens and clients.
 */
@Component
public class EmbedLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final EmbedProperties properties;

	private final Cache<String, Bucket> tokens;

	private final Cache<String, Bucket> clients;

	EmbedLimiter(EmbedProperties properties) {
		this.properties = properties;
		this.tokens = Caffeine.newBuilder()
			.expireAfterAccess(WINDOW.multipliedBy(2))
			.maximumSize(properties.maxTrackedClients())
			.build();
		this.clients = Caffeine.newBuilder()
			.expireAfterAccess(WINDOW.multipliedBy(2))
			.maximumSize(properties.maxTrackedClients())
			.build();
	}

	/**
	 * Takes one request from the client's and the token's allowance; empty if both had
	 * one left, else how long to wait.
	 */
	public Optional<Duration> take(String client, String token) {
		ConsumptionProbe byClient = this.clients.get(client, key -> bucket(this.properties.requestsPerClient()))
			.tryConsumeAndReturnRemaining(1);
		if (!byClient.isConsumed()) {
			return Optional.of(Duration.ofNanos(byClient.getNanosToWaitForRefill()));
		}
		ConsumptionProbe byToken = this.tokens.get(token, key -> bucket(this.properties.requestsPerToken()))
			.tryConsumeAndReturnRemaining(1);
		if (!byToken.isConsumed()) {
			return Optional.of(Duration.ofNanos(byToken.getNanosToWaitForRefill()));
		}
		return Optional.empty();
	}

	/** Forgets every bucket; for tests that share one running application. */
	public void reset() {
		this.tokens.invalidateAll();
		this.clients.invalidateAll();
	}

	private static Bucket bucket(int perMinute) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, WINDOW).build())
			.build();
	}

}
