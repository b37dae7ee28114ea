package dev.doorstep.support.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How many questions one client may ask on the public pages: {@code questions-per-minute}
 * per client address and shop, refilled each minute. Each question runs the model and a
 * few queries, so a script must not turn the box into load. The buckets live in memory
 * per node and forget clients idle for ten minutes; they hold no facts from the database.
 */
@Component
public class QuestionLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Cache<String, Bucket> clients = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final SupportProperties properties;

	QuestionLimiter(SupportProperties properties) {
		this.properties = properties;
	}

	/** {@code null} when the question may be asked, else how long to wait. */
	public @Nullable Duration tryAsk(String client) {
		Bucket bucket = this.clients.get(client,
				key -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.properties.questionsPerMinute())
						.refillIntervally(this.properties.questionsPerMinute(), WINDOW)
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

}
