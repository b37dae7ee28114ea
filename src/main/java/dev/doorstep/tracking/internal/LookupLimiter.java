package dev.doorstep.tracking.internal;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.shop.ShopId;
import dev.doorstep.tracking.TrackingProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing on the order look-up: every look-up costs the client a token, and
 * every failed look-up costs the order number a token, so neither one client nor many
 * clients together can try more than a handful of emails or postcodes for an order.
 * Buckets live in memory only, in caches that forget idle clients.
 */
@Component
public class LookupLimiter {

	/** May the look-up go ahead, or how long must the client wait. */
	public sealed interface Verdict permits Allowed, Limited {

	}

	/** Go ahead. */
	public record Allowed() implements Verdict {
	}

	/** Wait this long before trying again. */
	public record Limited(Duration retryAfter) implements Verdict {
	}

	private record OrderKey(ShopId shop, String orderNumber) {
	}

	private final TrackingProperties properties;

	private final Cache<String, Bucket> clients;

	private final Cache<OrderKey, Bucket> orders;

	LookupLimiter(TrackingProperties properties) {
		this.properties = properties;
		this.clients = Caffeine.newBuilder()
			.expireAfterAccess(properties.clientWindow())
			.maximumSize(properties.maxTrackedClients())
			.build();
		this.orders = Caffeine.newBuilder()
			.expireAfterAccess(properties.orderWindow())
			.maximumSize(properties.maxTrackedClients())
			.build();
	}

	/**
	 * Takes one look-up from the client's allowance and checks that the order number has
	 * failed attempts left; nothing is taken from the order here.
	 */
	public Verdict tryLookup(String client, ShopId shop, String orderNumber) {
		ConsumptionProbe probe = clientBucket(client).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			return new Limited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		EstimationProbe order = orderBucket(shop, orderNumber).estimateAbilityToConsume(1);
		if (!order.canBeConsumed()) {
			return new Limited(Duration.ofNanos(order.getNanosToWaitForRefill()));
		}
		return new Allowed();
	}

	/**
	 * Counts a failed look-up (unknown order or wrong email or postcode) against the
	 * order number.
	 */
	public void failed(ShopId shop, String orderNumber) {
		orderBucket(shop, orderNumber).tryConsume(1);
	}

	/** Forgets every bucket; for tests that share one running application. */
	public void reset() {
		this.clients.invalidateAll();
		this.orders.invalidateAll();
	}

	private Bucket clientBucket(String client) {
		return this.clients.get(client,
				key -> bucket(this.properties.lookupsPerClient(), this.properties.clientWindow()));
	}

	private Bucket orderBucket(ShopId shop, String orderNumber) {
		// The same spellings the look-up accepts share one bucket ("#nw-1" is "NW-1").
		OrderKey key = new OrderKey(shop, orderNumber.replaceAll("[\\s#]+", "").toUpperCase(Locale.ROOT));
		return this.orders.get(key,
				ignored -> bucket(this.properties.failedLookupsPerOrder(), this.properties.orderWindow()));
	}

	private static Bucket bucket(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build();
	}

}
