package dev.doorstep.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.tracking.TrackingPagesViewed;
import dev.doorstep.tracking.TrackingProperties;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class PageViewsTests {

	/** No database here: the events are what is checked. */
	private static final PlatformTransactionManager NO_DATABASE = new PlatformTransactionManager() {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	};

	private final List<TrackingPagesViewed> published = new CopyOnWriteArrayList<>();

	private final PageViews views = new PageViews(event -> this.published.add((TrackingPagesViewed) event),
			new TransactionTemplate(NO_DATABASE), Clock.systemUTC(),
			new TrackingProperties(false, 10, Duration.ofMinutes(1), 5, Duration.ofMinutes(15), Duration.ofSeconds(30),
					100_000, Duration.ofSeconds(10), 20_000, DataSize.ofMegabytes(128), Duration.ofSeconds(15)));

	private final ShopId shopA = new ShopId(UUID.randomUUID());

	private final ShopId shopB = new ShopId(UUID.randomUUID());

	@Test
	void publishesOneBatchPerShopWithTheViewsSinceTheLastFlush() {
		ShipmentId a1 = new ShipmentId(UUID.randomUUID());
		ShipmentId a2 = new ShipmentId(UUID.randomUUID());
		ShipmentId b1 = new ShipmentId(UUID.randomUUID());
		OrderId order = new OrderId(UUID.randomUUID());
		this.views.viewed(this.shopA, a1, order);
		this.views.viewed(this.shopA, a1, order);
		this.views.viewed(this.shopA, a2, order);
		this.views.viewed(this.shopB, b1, order);

		assertThat(this.views.flush()).isEqualTo(2);
		assertThat(this.published).hasSize(2);
		TrackingPagesViewed a = this.published.stream().filter(e -> e.shopId().equals(this.shopA)).findFirst().get();
		assertThat(a.views())
			.extracting(TrackingPagesViewed.ParcelViews::shipmentId, TrackingPagesViewed.ParcelViews::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a1, 2),
					org.assertj.core.groups.Tuple.tuple(a2, 1));

		this.views.viewed(this.shopA, a1, order);
		assertThat(this.views.flush()).isEqualTo(1);
		TrackingPagesViewed next = this.published.get(2);
		assertThat(next.views()).singleElement().satisfies(v -> assertThat(v.count()).isEqualTo(1));
		assertThat(next.from()).isEqualTo(a.to());
		assertThat(this.views.flush()).isZero();
	}

	@Test
	void losesNoViewWhileFlushesRunConcurrently() throws Exception {
		List<ShipmentId> parcels = List.of(new ShipmentId(UUID.randomUUID()), new ShipmentId(UUID.randomUUID()),
				new ShipmentId(UUID.randomUUID()));
		OrderId order = new OrderId(UUID.randomUUID());
		int threads = 6;
		int perThread = 20_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		for (int t = 0; t < threads; t++) {
			int offset = t;
			pool.submit(() -> {
				start.await();
				for (int i = 0; i < perThread; i++) {
					this.views.viewed(this.shopA, parcels.get((i + offset) % parcels.size()), order);
				}
				return null;
			});
		}
		AtomicBoolean done = new AtomicBoolean();
		Thread flusher = new Thread(() -> {
			while (!done.get()) {
				this.views.flush();
			}
		});
		flusher.start();
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		done.set(true);
		flusher.join();
		this.views.flush();

		Map<ShipmentId, Long> counted = new ConcurrentHashMap<>();
		this.published
			.forEach(event -> event.views().forEach(v -> counted.merge(v.shipmentId(), (long) v.count(), Long::sum)));
		assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo((long) threads * perThread);
		assertThat(counted).hasSize(3);
	}

}
