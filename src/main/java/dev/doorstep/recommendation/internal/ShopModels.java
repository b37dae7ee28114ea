package dev.doorstep.recommendation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderQuery;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.model.Basket;
import dev.doorstep.recommendation.model.CoPurchaseModel;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The co-purchase models in memory, one per shop, built from the shop's orders through
 * the order module's API the first time the shop asks for recommendations (so after a
 * start every shop's model is built from its orders), then updated by each placed or
 * cancelled order and rebuilt on a schedule.
 * <p>
 * Each model remembers which orders it learned, so an order is never counted twice (an
 * event for an order the build already read, a page boundary the build crossed twice) and
 * a cancelled order is taken out only if it was counted. Orders that come or go while a
 * rebuild reads are replayed onto the new model before it replaces the old one.
 */
@Component
public class ShopModels {

	private static final Logger log = LoggerFactory.getLogger(ShopModels.class);

	private final OrderSource orders;

	private final RecommendationProperties properties;

	private final Clock clock;

	private final Map<ShopId, Holder> shops = new ConcurrentHashMap<>();

	static final int PAGE_SIZE = OrderQuery.MAX_SIZE;

	/**
	 * The shop's orders as the model reads them (the order module's API in production).
	 */
	interface OrderSource {

		/** One page of {@link #PAGE_SIZE} orders, newest first. */
		List<Order> page(ShopId shop, int page);

		Optional<Order> find(ShopId shop, OrderId id);

	}

	@Autowired
	ShopModels(Orders orders, RecommendationProperties properties, Clock clock) {
		this(new OrderSource() {
			@Override
			public List<Order> page(ShopId shop, int page) {
				return orders.search(shop, new OrderQuery(null, null, null, page, PAGE_SIZE)).orders();
			}

			@Override
			public Optional<Order> find(ShopId shop, OrderId id) {
				return orders.find(shop, id);
			}
		}, properties, clock);
	}

	ShopModels(OrderSource orders, RecommendationProperties properties, Clock clock) {
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	/** The shop's model, built now if it was not yet. */
	public CoPurchaseModel forShop(ShopId shop) {
		return this.shops.computeIfAbsent(shop, Holder::new).model();
	}

	/**
	 * A new order: learned if the shop's model is in memory (else its build reads it).
	 */
	void placed(ShopId shop, OrderId id) {
		Holder holder = this.shops.get(shop);
		if (holder != null) {
			holder.placed(id);
		}
	}

	/** A cancelled order: taken out of the shop's model if it was learned. */
	void cancelled(ShopId shop, OrderId id) {
		Holder holder = this.shops.get(shop);
		if (holder != null) {
			holder.cancelled(id);
		}
	}

	/** Rebuilds every model in memory from its shop's orders. */
	public void rebuildAll() {
		for (Holder holder : List.copyOf(this.shops.values())) {
			holder.rebuild();
		}
	}

	/**
	 * One model with the orders it holds, and the orders it was told were cancelled (an
	 * order read as placed just before its cancellation must not be learned after it).
	 */
	private record Learned(CoPurchaseModel model, Set<OrderId> orders, Set<OrderId> cancelled) {

		Learned(CoPurchaseModel model) {
			this(model, new HashSet<>(), new HashSet<>());
		}

		void learn(Order order) {
			if (order.status() != OrderStatus.CANCELLED && !this.cancelled.contains(order.id())
					&& this.orders.add(order.id())) {
				this.model.learn(basket(order));
			}
		}

		void forget(Order order) {
			this.cancelled.add(order.id());
			if (this.orders.remove(order.id())) {
				this.model.forget(basket(order));
			}
		}

	}

	private static Basket basket(Order order) {
		return new Basket(order.placedAt(),
				order.items().stream().map(item -> new Basket.Item(item.sku(), item.category())).toList());
	}

	/** A shop's slot: its model once built, and what happens while it is rebuilt. */
	private final class Holder {

		private final ShopId shop;

		/** Read without the lock on every recommendation; written under it. */
		private volatile @Nullable Learned learned;

		/**
		 * Orders placed or cancelled since a rebuild started reading; null when none
		 * runs.
		 */
		private @Nullable Set<OrderId> changedDuringRebuild;

		Holder(ShopId shop) {
			this.shop = shop;
		}

		CoPurchaseModel model() {
			Learned current = this.learned;
			if (current != null) {
				return current.model();
			}
			synchronized (this) {
				if (this.learned == null) {
					this.learned = read();
				}
				return this.learned.model();
			}
		}

		void placed(OrderId id) {
			// The order is read before taking the slot, which is then held only for the
			// model update (a rebuild's swap and other events wait on it, reads do not).
			Optional<Order> order = (this.learned != null) ? find(id) : Optional.empty();
			synchronized (this) {
				changed(id);
				Learned current = this.learned;
				if (current != null) {
					(order.isPresent() ? order : find(id)).ifPresent(current::learn);
				}
			}
		}

		void cancelled(OrderId id) {
			Optional<Order> order = (this.learned != null) ? find(id) : Optional.empty();
			synchronized (this) {
				changed(id);
				Learned current = this.learned;
				if (current != null) {
					(order.isPresent() ? order : find(id)).ifPresent(current::forget);
				}
			}
		}

		private void changed(OrderId id) {
			if (this.changedDuringRebuild != null) {
				this.changedDuringRebuild.add(id);
			}
		}

		void rebuild() {
			synchronized (this) {
				if (this.learned == null || this.changedDuringRebuild != null) {
					return;
				}
				this.changedDuringRebuild = new LinkedHashSet<>();
			}
			Learned rebuilt;
			try {
				// Read without holding the slot: recommendations and new orders go on
				// against the old model meanwhile.
				rebuilt = read();
			}
			catch (RuntimeException ex) {
				synchronized (this) {
					this.changedDuringRebuild = null;
				}
				throw ex;
			}
			synchronized (this) {
				for (OrderId id : Objects.requireNonNull(this.changedDuringRebuild)) {
					Optional<Order> order = find(id);
					order.filter(o -> o.status() == OrderStatus.CANCELLED).ifPresent(rebuilt::forget);
					order.ifPresent(rebuilt::learn);
				}
				this.learned = rebuilt;
				this.changedDuringRebuild = null;
			}
		}

		private Optional<Order> find(OrderId id) {
			return ShopModels.this.orders.find(this.shop, id);
		}

		/** The shop's orders, newest first, as far back and as many as configured. */
		private Learned read() {
			long started = System.nanoTime();
			Instant now = ShopModels.this.clock.instant();
			Instant since = now.minus(ShopModels.this.properties.history());
			int max = ShopModels.this.properties.maxOrders();
			Learned learned = new Learned(new CoPurchaseModel(ShopModels.this.properties.modelSettings(), now));
			int read = 0;
			for (int page = 0; read < max; page++) {
				List<Order> orders = ShopModels.this.orders.page(this.shop, page);
				for (Order order : orders) {
					if (order.placedAt().isBefore(since) || read >= max) {
						read = max;
						break;
					}
					learned.learn(order);
					read++;
				}
				if (orders.size() < PAGE_SIZE) {
					break;
				}
			}
			log.info("Cross-sell model of shop {} built from {} orders ({} products) in {} ms", this.shop.value(),
					learned.model().baskets(), learned.model().items(), (System.nanoTime() - started) / 1_000_000);
			return learned;
		}

	}

}
