package dev.doorstep.order.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.FulfilmentReported;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.order.PlaceOrderResult;
import dev.doorstep.order.platform.internal.PlatformRepository;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform webhooks in: verify the signature over the raw body, then record the delivery
 * id and apply what it means in one transaction, so a delivery is applied exactly once
 * and a failure leaves nothing behind for the platform's retry to trip over.
 */
@Service
public class PlatformInbox {

	private static final Logger log = LoggerFactory.getLogger(PlatformInbox.class);

	private final Map<String, PlatformAdapter> adapters;

	private final Shops shops;

	private final PlatformRepository repository;

	private final Orders orders;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PlatformInbox(List<PlatformAdapter> adapters, Shops shops, PlatformRepository repository, Orders orders,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		Map<String, PlatformAdapter> byName = new LinkedHashMap<>();
		for (PlatformAdapter adapter : adapters) {
			if (byName.put(adapter.name(), adapter) != null) {
				throw new IllegalStateException("Two platform adapters for '" + adapter.name() + "'");
			}
		}
		this.adapters = Map.copyOf(byName);
		this.shops = shops;
		this.repository = repository;
		this.orders = orders;
		this.events = events;
		this.transactions = transactions;
	}

	public PlatformReceipt receive(String platform, String shopSlug, PlatformRequest request) {
		PlatformAdapter adapter = this.adapters.get(platform);
		if (adapter == null) {
			return new PlatformReceipt.UnknownPlatform(platform);
		}
		if (adapter.isPing(request)) {
			return new PlatformReceipt.Ping();
		}
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		List<String> secrets = shop
			.flatMap(found -> this.repository.find(found.id(), platform)
				.map(connection -> adapter.webhookSecrets(found.id(), connection)))
			.orElse(List.of());
		// An unknown shop, a shop without this platform and a forged signature answer
		// alike: the endpoint tells a prober nothing about which shops exist.
		if (secrets.stream().noneMatch(secret -> adapter.verify(request, secret))) {
			shop.ifPresent(found -> log.info("Rejected a {} webhook for shop {}: signature does not verify", platform,
					found.id().value()));
			return new PlatformReceipt.Rejected();
		}
		ShopId shopId = shop.get().id();
		String deliveryId = adapter.deliveryId(request);
		if (deliveryId == null) {
			return new PlatformReceipt.Malformed("the delivery id header is missing");
		}
		String topic = adapter.topic(request);
		List<PlatformCommand> commands;
		try {
			commands = adapter.map(topic, request);
		}
		catch (MalformedPayloadException ex) {
			return new PlatformReceipt.Malformed(ex.getMessage());
		}
		return apply(shopId, platform, deliveryId, topic, commands);
	}

	/**
	 * Applies what a platform said outside a webhook (a scheduled pull) exactly as a
	 * verified webhook: once per {@code deliveryId}, newest version wins.
	 */
	public PlatformReceipt apply(ShopId shopId, String platform, String deliveryId, String topic,
			List<PlatformCommand> commands) {
		try {
			return this.transactions.execute(status -> {
				if (!this.repository.recordDelivery(shopId, platform, deliveryId, topic)) {
					return new PlatformReceipt.Duplicate(deliveryId);
				}
				List<String> effects = new ArrayList<>();
				for (PlatformCommand command : commands) {
					effects.add(apply(shopId, platform, command));
				}
				return new PlatformReceipt.Applied(deliveryId, topic, effects);
			});
		}
		catch (OrderNotYetKnown ex) {
			return new PlatformReceipt.OrderUnknown(ex.externalId);
		}
	}

	/**
	 * Fields the platform expects in a 2xx answer
	 * ({@link PlatformAdapter#answerFields()}).
	 */
	public Map<String, Object> answerFields(String platform) {
		PlatformAdapter adapter = this.adapters.get(platform);
		return adapter == null ? Map.of() : adapter.answerFields();
	}

	/** Delivery ids applied for this shop and platform, oldest first. */
	public List<String> appliedDeliveries(ShopId shop, String platform) {
		return this.repository.deliveries(shop, platform);
	}

	private String apply(ShopId shop, String platform, PlatformCommand command) {
		return switch (command) {
			case PlatformCommand.PlaceOrder place -> place(shop, platform, place);
			case PlatformCommand.ReportFulfilment fulfilment -> fulfil(shop, platform, fulfilment);
			case PlatformCommand.Acknowledge acknowledge -> acknowledge.reason();
		};
	}

	private String place(ShopId shop, String platform, PlatformCommand.PlaceOrder place) {
		String externalId = place.draft().externalId();
		if (!this.repository.claimNewer(shop, platform, externalId, place.updatedAt())) {
			return "order " + externalId + ": a newer or the same version was applied before, ignored";
		}
		PlaceOrderResult result = this.orders.place(shop, place.draft());
		String effect = "order " + externalId + ": " + switch (result) {
			case PlaceOrderResult.Created created -> "created";
			case PlaceOrderResult.Updated updated -> "updated";
			case PlaceOrderResult.Unchanged unchanged -> "unchanged";
		};
		if (place.cancelled()) {
			this.orders.cancel(shop, result.order().id());
			effect += ", cancelled";
		}
		return effect;
	}

	private String fulfil(ShopId shop, String platform, PlatformCommand.ReportFulfilment fulfilment) {
		Order order = this.orders.findByExternalId(shop, fulfilment.orderExternalId())
			.orElseThrow(() -> new OrderNotYetKnown(fulfilment.orderExternalId()));
		if (fulfilment.trackingNumbers().isEmpty()) {
			return "fulfilment " + fulfilment.fulfilmentId() + ": no tracking number, nothing to track";
		}
		this.events.publishEvent(new FulfilmentReported(shop, order.id(), platform, fulfilment.fulfilmentId(),
				fulfilment.carrierName(), fulfilment.trackingNumbers(), fulfilment.items(), fulfilment.at()));
		return "fulfilment " + fulfilment.fulfilmentId() + ": " + fulfilment.trackingNumbers().size()
				+ " parcel(s) reported";
	}

	/**
	 * Rolls the delivery back so the platform's retry is applied once the order is in.
	 */
	private static final class OrderNotYetKnown extends RuntimeException {

		private final String externalId;

		OrderNotYetKnown(String externalId) {
			super("order " + externalId + " is not known yet", null, false, false);
			this.externalId = externalId;
		}

	}

}
