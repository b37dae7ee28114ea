package dev.doorstep.support.phone;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.shop.ShopId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Failed phone look-ups per order number, like the tracking look-up's: five wrong
 * postcodes for one order number within 15 minutes, and that number is refused until the
 * window refills, however many callers (or numbers) try. The per-caller limit is the
 * question box's. Buckets live in memory per node and hold no facts from the database.
 */
@Component
class FailedLookups {

	static final int PER_ORDER = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Cache<String, Bucket> orders = Caffeine.newBuilder()
		.expireAfterAccess(WINDOW)
		.maximumSize(100_000)
		.build();

	/** Whether the order number still has attempts left. */
	boolean allowed(ShopId shop, String orderNumber) {
		return bucket(shop, orderNumber).estimateAbilityToConsume(1).canBeConsumed();
	}

	void failed(ShopId shop, String orderNumber) {
		bucket(shop, orderNumber).tryConsume(1);
	}

	private Bucket bucket(ShopId shop, String orderNumber) {
		return this.orders.get(shop.value() + "|" + orderNumber.toUpperCase(Locale.ROOT),
				key -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(PER_ORDER).refillIntervally(PER_ORDER, WINDOW).build())
					.build());
	}

}
