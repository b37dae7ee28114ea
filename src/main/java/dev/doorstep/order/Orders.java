package dev.doorstep.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.doorstep.order.internal.OrderRepository;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places, finds and updates a shop's orders. Every method takes the shop, and no method
 * returns another shop's order.
 */
@Service
public class Orders {

	private final OrderRepository repository;

	private final ApplicationEventPublisher events;

	Orders(OrderRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/**
	 * Stores the order, or updates the stored one with the same external id.
	 */
	@Transactional
	public PlaceOrderResult place(ShopId shop, OrderDraft draft) {
		Optional<Order> inserted = this.repository.insertIfAbsent(shop, draft);
		if (inserted.isPresent()) {
			Order order = inserted.get();
			this.events.publishEvent(new OrderPlaced(order.id(), shop, order.orderNumber(), order.placedAt()));
			return new PlaceOrderResult.Created(order);
		}
		Order existing = this.repository.lockByExternalId(shop, draft.externalId()).orElseThrow();
		if (sameAsStored(existing, draft)) {
			return new PlaceOrderResult.Unchanged(existing);
		}
		this.repository.update(existing.id(), shop, draft);
		Order updated = get(shop, existing.id());
		this.events.publishEvent(new OrderUpdated(updated.id(), shop, updated.updatedAt()));
		return new PlaceOrderResult.Updated(updated);
	}

	/**
	 * Stores an order from the shop's history ({@code doorstep.jar import}) without
	 * announcing it: no {@link OrderPlaced}, so no journey messages the shopper about a
	 * past order and no webhook reports it as new. An order with the same external id
	 * stays as it is, so importing a file twice adds nothing. Models that read the shop's
	 * orders (cross-sell) find it on their next build.
	 * @return {@link PlaceOrderResult.Created} or, when the order is already there,
	 * {@link PlaceOrderResult.Unchanged}
	 */
	@Transactional
	public PlaceOrderResult importHistoric(ShopId shop, OrderDraft draft) {
		Optional<Order> inserted = this.repository.insertIfAbsent(shop, draft, true);
		if (inserted.isPresent()) {
			return new PlaceOrderResult.Created(inserted.get());
		}
		return new PlaceOrderResult.Unchanged(this.repository.findByExternalId(shop, draft.externalId()).orElseThrow());
	}

	private static boolean sameAsStored(Order order, OrderDraft draft) {
		OrderDraft stored = new OrderDraft(order.externalId(), order.orderNumber(), order.placedAt(), order.currency(),
				order.locale(), order.customer(), order.shippingAddress(), order.items(), order.total(),
				order.protection());
		return stored.equals(OrderRepository.normalize(draft));
	}

	/** The order the shop (or its platform) knows by this id. */
	public Optional<Order> findByExternalId(ShopId shop, String externalId) {
		return this.repository.findByExternalId(shop, externalId);
	}

	/**
	 * The order behind its public token (the thank-you page's), whichever shop it belongs
	 * to; empty for a malformed or unknown token.
	 */
	public Optional<Order> findByPublicToken(String token) {
		if (!token.matches("[0-9a-f]{32}")) {
			return Optional.empty();
		}
		return this.repository.findByPublicToken(token);
	}

	/**
	 * A customer's newest orders, newest first: those the shop sent with this customer id
	 * when one is given, else those with this email (as the SHA-256 of the trimmed,
	 * lower-cased address: {@link #emailKey}).
	 */
	public List<Order> recentForCustomer(ShopId shop, @Nullable String customerId, @Nullable String emailKey,
			int limit) {
		return this.repository.recentForCustomer(shop, customerId, emailKey, limit);
	}

	/** The SHA-256 (hex) of the trimmed, lower-cased email that finds its orders. */
	public static @Nullable String emailKey(@Nullable String email) {
		return OrderRepository.emailKey(email);
	}

	/** The order's public token: what its thank-you page link carries. */
	public Optional<String> publicToken(ShopId shop, OrderId id) {
		return this.repository.publicToken(shop, id);
	}

	public Optional<Order> find(ShopId shop, OrderId id) {
		return this.repository.find(shop, id);
	}

	/**
	 * The shop's orders among {@code ids} in two queries, for callers that need many at
	 * once (the notification dispatcher's round); ids of no order of this shop are left
	 * out.
	 */
	public List<Order> findAll(ShopId shop, Collection<OrderId> ids) {
		return this.repository.findAll(shop, ids);
	}

	/**
	 * The order, or a {@link NotFoundException} (404) when this shop has none with that
	 * id.
	 */
	public Order get(ShopId shop, OrderId id) {
		return find(shop, id).orElseThrow(() -> new NotFoundException("Order", id));
	}

	public OrderPage search(ShopId shop, OrderQuery query) {
		return this.repository.search(shop, query);
	}

	/**
	 * Orders with this number, newest first (platforms may reuse numbers across
	 * channels).
	 */
	public List<Order> findByNumber(ShopId shop, String orderNumber) {
		return this.repository.findByNumber(shop, orderNumber);
	}

	/**
	 * Records how far the order's parcels have come. A cancelled order stays cancelled.
	 */
	@Transactional
	public void recordFulfilment(ShopId shop, OrderId id, OrderStatus status) {
		this.repository.updateStatus(shop, id, status);
	}

	@Transactional
	public Order cancel(ShopId shop, OrderId id) {
		Order order = get(shop, id);
		if (order.status() == OrderStatus.CANCELLED) {
			return order;
		}
		this.repository.cancel(shop, id);
		Order cancelled = get(shop, id);
		this.events.publishEvent(new OrderCancelled(id, shop, cancelled.updatedAt()));
		return cancelled;
	}

}
