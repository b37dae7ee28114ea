package dev.doorstep.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.tracking.TrackingPagesViewed;
import dev.doorstep.tracking.TrackingProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts tracking-page views in memory and publishes them as {@link TrackingPagesViewed}
 * batches, one per shop, every {@code doorstep.tracking.view-flush-interval} and once
 * more on shutdown. The page is the busiest path Doorstep serves: a view costs one map
 * look-up and one {@link LongAdder} increment, with no lock and no database write.
 * <p>
 * Counts are per node and never reset: each flush publishes what was counted since the
 * last one ({@code counted - published}), so an increment racing a flush is simply
 * published by the next one and nothing is counted twice; when publishing fails, the
 * counts stay and go out with the next flush. A parcel's counter is dropped after
 * {@link #IDLE_TIME} without a view, to keep memory bounded; a view arriving in the same
 * instant as that removal may be lost, which is the price of having no lock on the page's
 * path.
 */
@Component
public class PageViews implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PageViews.class);

	/** Time without a view after which a parcel's counter is dropped. */
	static final Duration IDLE_TIME = Duration.ofMinutes(10);

	private static final class Counter {

		private final ShopId shop;

		private final OrderId order;

		private final LongAdder views = new LongAdder();

		/** The first view since the last flush; null when there was none. */
		private final AtomicReference<Instant> firstViewedAt = new AtomicReference<>();

		/** What earlier flushes published; only the flushing thread touches it. */
		private long published;

		/** The last flush that found views; only the flushing thread touches it. */
		private Instant activeAt;

		Counter(ShopId shop, OrderId order, Instant createdAt) {
			this.shop = shop;
			this.order = order;
			this.activeAt = createdAt;
		}

	}

	private final Map<ShipmentId, Counter> counters = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TrackingProperties properties;

	private volatile Instant periodStart;

	private volatile @Nullable ScheduledExecutorService flusher;

	PageViews(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			TrackingProperties properties) {
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
		this.periodStart = clock.instant();
	}

	/**
	 * Counts one view of a parcel's page; never blocks and never touches the database.
	 */
	public void viewed(ShopId shop, ShipmentId shipment, OrderId order) {
		Counter counter = this.counters.get(shipment);
		if (counter == null) {
			counter = this.counters.computeIfAbsent(shipment, id -> new Counter(shop, order, this.clock.instant()));
		}
		counter.views.increment();
		if (counter.firstViewedAt.get() == null) {
			counter.firstViewedAt.compareAndSet(null, this.clock.instant());
		}
	}

	/**
	 * Publishes the views counted since the last flush, one event per shop, in one
	 * transaction (so the event publication registry keeps them until each listener is
	 * done). Tests call it instead of waiting for the timer.
	 * @return the number of events published
	 */
	public synchronized int flush() {
		Instant from = this.periodStart;
		Instant to = this.clock.instant();
		Map<ShopId, List<TrackingPagesViewed.ParcelViews>> byShop = new LinkedHashMap<>();
		Map<Counter, Long> counted = new LinkedHashMap<>();
		for (Map.Entry<ShipmentId, Counter> entry : this.counters.entrySet()) {
			Counter counter = entry.getValue();
			long total = counter.views.sum();
			long fresh = total - counter.published;
			if (fresh <= 0) {
				if (Duration.between(counter.activeAt, to).compareTo(IDLE_TIME) >= 0) {
					this.counters.remove(entry.getKey(), counter);
				}
				continue;
			}
			counter.activeAt = to;
			counted.put(counter, total);
			Instant first = counter.firstViewedAt.getAndSet(null);
			byShop.computeIfAbsent(counter.shop, shop -> new ArrayList<>())
				.add(new TrackingPagesViewed.ParcelViews(entry.getKey(), counter.order,
						(int) Math.min(Integer.MAX_VALUE, fresh), (first != null) ? first : from));
		}
		if (!byShop.isEmpty()) {
			this.transactions.executeWithoutResult(status -> byShop
				.forEach((shop, views) -> this.events.publishEvent(new TrackingPagesViewed(shop, from, to, views))));
		}
		// Only now: a failed publication leaves the counts for the next flush.
		counted.forEach((counter, total) -> counter.published = total);
		this.periodStart = to;
		return byShop.size();
	}

	@Override
	public void start() {
		long millis = Math.max(1, this.properties.viewFlushInterval().toMillis());
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "tracking-page-views");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
		this.flusher = executor;
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// The counts stay in memory and go out with the next flush.
			log.warn("Could not publish tracking page views: {}", ex.toString());
		}
	}

	/** Stops the timer and publishes what is left, before the database goes away. */
	@Override
	public void stop() {
		ScheduledExecutorService executor = this.flusher;
		this.flusher = null;
		if (executor != null) {
			executor.shutdown();
			flushQuietly();
		}
	}

	@Override
	public boolean isRunning() {
		return this.flusher != null;
	}

}
