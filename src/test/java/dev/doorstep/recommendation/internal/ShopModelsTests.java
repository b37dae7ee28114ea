package dev.doorstep.recommendation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.recommendation.model.ModelSettings;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders that come and go while a rebuild reads, made deterministic: the order source
 * holds the rebuild's read until the test has placed or cancelled an order.
 */
class ShopModelsTests {

	static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	final ShopId shop = new ShopId(UUID.randomUUID());

	final Source source = new Source();

	final ShopModels models = new ShopModels(this.source, new RecommendationProperties(Duration.ofDays(90), 2, 50,
			ModelSettings.Score.COSINE, Duration.ofHours(6), Duration.ofDays(730), 200_000, ""),
			Clock.fixed(NOW, ZoneOffset.UTC));

	/** Orders in memory, newest first; page 0 can be held once the test asks. */
	static final class Source implements ShopModels.OrderSource {

		final Map<OrderId, Order> orders = new ConcurrentHashMap<>();

		volatile CountDownLatch reading;

		volatile CountDownLatch proceed;

		@Override
		public List<Order> page(ShopId shop, int page) {
			List<Order> all = new ArrayList<>(this.orders.values());
			all.sort((a, b) -> b.placedAt().compareTo(a.placedAt()));
			List<Order> snapshot = all.stream()
				.skip((long) page * ShopModels.PAGE_SIZE)
				.limit(ShopModels.PAGE_SIZE)
				.toList();
			CountDownLatch hold = this.proceed;
			if (page == 0 && hold != null) {
				this.reading.countDown();
				try {
					assertThat(hold.await(10, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return snapshot;
		}

		@Override
		public Optional<Order> find(ShopId shop, OrderId id) {
			return Optional.ofNullable(this.orders.get(id));
		}

	}

	Order add(int minutesAgo, String... skus) {
		OrderId id = new OrderId(UUID.randomUUID());
		Instant at = NOW.minus(Duration.ofMinutes(minutesAgo));
		Order order = new Order(id, this.shop, id.toString(), "N", at, "EUR", null,
				new Order.Customer(null, null, null, null), null,
				List.of(skus)
					.stream()
					.map(sku -> new Order.LineItem(sku, sku, null, null, 1, BigDecimal.ONE, null, null))
					.toList(),
				BigDecimal.TEN, OrderStatus.PLACED, at, at);
		this.source.orders.put(id, order);
		return order;
	}

	void cancel(Order order) {
		this.source.orders.put(order.id(),
				new Order(order.id(), this.shop, order.externalId(), order.orderNumber(), order.placedAt(),
						order.currency(), null, order.customer(), null, order.items(), order.total(),
						OrderStatus.CANCELLED, order.createdAt(), NOW));
	}

	/** Runs a rebuild that is held in its read while {@code meanwhile} runs. */
	void rebuildWhile(Runnable meanwhile) throws InterruptedException {
		this.source.reading = new CountDownLatch(1);
		this.source.proceed = new CountDownLatch(1);
		Thread rebuild = Thread.ofPlatform().start(this.models::rebuildAll);
		assertThat(this.source.reading.await(10, TimeUnit.SECONDS)).isTrue();
		meanwhile.run();
		this.source.proceed.countDown();
		rebuild.join(10_000);
		this.source.proceed = null;
	}

	@Test
	void anOrderPlacedWhileARebuildReadsIsInTheNewModel() throws Exception {
		add(30, "A", "B");
		add(20, "A", "B");
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(2);
		rebuildWhile(() -> this.models.placed(this.shop, add(0, "A", "C").id()));
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(3);
	}

	@Test
	void anOrderCancelledWhileARebuildReadsIsNotInTheNewModel() throws Exception {
		Order first = add(30, "A", "B");
		add(20, "A", "B");
		this.models.forShop(this.shop);
		rebuildWhile(() -> {
			cancel(first);
			this.models.cancelled(this.shop, first.id());
		});
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(1);
	}

	@Test
	void anOrderIsCountedOnceWhateverTellsAboutItAndCancellingTakesItOutOnce() {
		Order first = add(30, "A", "B");
		this.models.forShop(this.shop);
		// The event of an order the build already read, and a retried event.
		this.models.placed(this.shop, first.id());
		this.models.placed(this.shop, first.id());
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(1);
		Order second = add(0, "A", "C");
		this.models.placed(this.shop, second.id());
		this.models.placed(this.shop, second.id());
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(2);
		cancel(second);
		this.models.cancelled(this.shop, second.id());
		this.models.cancelled(this.shop, second.id());
		assertThat(this.models.forShop(this.shop).baskets()).isEqualTo(1);
		// An order of a shop whose model was never asked for is left to the build.
		ShopId other = new ShopId(UUID.randomUUID());
		this.models.placed(other, first.id());
	}

}
