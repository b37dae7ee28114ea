package dev.doorstep.tracking.internal;

import java.time.Clock;
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
 * last one ({@code counted - published}), so an increment racing a flush is published by
 * the next. A parcel nobody looked at for a whole period is dropped from the map and its
 * counter marked retired; an increment racing that removal is seen either by the flush's
 * re-check or by the viewer, who then puts the counter back (both read and write volatile
 * state in opposite order, so at least one of them sees the other).
 */
@Component
public class PageViews implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PageViews.class);

	private static final class Counter {

		private final ShopId shop;

		private final OrderId order;

		private final LongAdder views = new LongAdder();

		/** The first view since the last flush; null when there was none. */
		private final AtomicReference<Instant> firstViewedAt = new AtomicReference<>();

		/** What earlier flushes published; only the flushing thread touches it. */
		private long published;

		/** Set when a flush dropped the counter from the map as idle. */
		private volatile boolean retired;

		Counter(ShopId shop, OrderId order) {
			this.shop = shop;
			this.order = order;
		}

	}

	private final Map<ShipmentId, Counter> counters = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TrackingProperties properties;

	private volatile Instant periodStart;

	private volatile ScheduledExecutorService flusher;

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
			counter = this.counters.computeIfAbsent(shipment, id -> new Counter(shop, order));
		}
		counter.views.increment();
		if (counter.retired) {
			// A flush dropped this counter between the look-up and the increment: put it
			// back, or move the view to the counter that took its place.
			Counter current = this.counters.putIfAbsent(shipment, counter);
			if (current != null && current != counter) {
				current.views.increment();
				counter.views.decrement();
				counter = current;
			}
		}
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
		List<Map.Entry<ShipmentId, Counter>> idle = new ArrayList<>();
		for (Map.Entry<ShipmentId, Counter> entry : this.counters.entrySet()) {
			Counter counter = entry.getValue();
			// Back in the map, it can be dropped only by a later flush (this thread).
			counter.retired = false;
			long counted = counter.views.sum();
			long fresh = counted - counter.published;
			if (fresh <= 0) {
				idle.add(entry);
				continue;
			}
			Instant first = counter.firstViewedAt.getAndSet(null);
			counter.published = counted;
			byShop.computeIfAbsent(counter.shop, shop -> new ArrayList<>())
				.add(new TrackingPagesViewed.ParcelViews(entry.getKey(), counter.order,
						(int) Math.min(Integer.MAX_VALUE, fresh), (first != null) ? first : from));
		}
		for (Map.Entry<ShipmentId, Counter> entry : idle) {
			Counter counter = entry.getValue();
			if (this.counters.remove(entry.getKey(), counter)) {
				counter.retired = true;
				if (counter.views.sum() != counter.published) {
					// A view arrived between the check and the removal: keep it for the
					// next flush (the viewer may be putting it back at the same time).
					this.counters.putIfAbsent(entry.getKey(), counter);
				}
			}
		}
		this.periodStart = to;
		if (byShop.isEmpty()) {
			return 0;
		}
		this.transactions.executeWithoutResult(status -> byShop
			.forEach((shop, views) -> this.events.publishEvent(new TrackingPagesViewed(shop, from, to, views))));
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
