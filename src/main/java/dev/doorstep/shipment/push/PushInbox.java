package dev.doorstep.shipment.push;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.shipment.CarrierAccount;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.CarrierAccounts;
import dev.doorstep.shipment.CarrierFeed;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.internal.TrackingLegRepository;
import dev.doorstep.shipment.push.internal.PushDeliveryRepository;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhook calls in, timelines out. {@link #receive} verifies, checks the payload's shape
 * and stores it, nothing more, so the sender gets its 2xx fast and only for what is
 * durable; {@link #workOff} applies stored deliveries to the shipments they name.
 */
@Service
public class PushInbox {

	private static final Logger log = LoggerFactory.getLogger(PushInbox.class);

	/** A delivery that failed this often stays in the table for a person to look at. */
	static final int MAX_ATTEMPTS = 5;

	private final Map<String, PushSource> sources;

	private final Shops shops;

	private final CarrierAccounts accounts;

	private final PushDeliveryRepository deliveries;

	private final TrackingLegRepository legs;

	private final CarrierFeed feed;

	private final Shipments shipments;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PushInbox(List<PushSource> sources, Shops shops, CarrierAccounts accounts, PushDeliveryRepository deliveries,
			TrackingLegRepository legs, CarrierFeed feed, Shipments shipments, TransactionTemplate transactions,
			Clock clock) {
		Map<String, PushSource> byCode = new LinkedHashMap<>();
		for (PushSource source : sources) {
			if (byCode.put(source.code(), source) != null) {
				throw new IllegalStateException("Two push sources for '" + source.code() + "'");
			}
		}
		this.sources = Map.copyOf(byCode);
		this.shops = shops;
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.legs = legs;
		this.feed = feed;
		this.shipments = shipments;
		this.transactions = transactions;
		this.clock = clock;
	}

	public PushReceipt receive(String code, String shopSlug, PushRequest request) {
		PushSource source = this.sources.get(code);
		if (source == null) {
			return new PushReceipt.UnknownSource(code);
		}
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		Optional<String> secret = shop.flatMap(found -> this.accounts.find(found.id(), code))
			.map(CarrierAccount::webhookSecret);
		if (secret.isEmpty()) {
			return new PushReceipt.Rejected("signature does not verify");
		}
		if (source.verify(request, secret.get()) instanceof Verification.Rejected rejected) {
			log.info("Rejected a {} push for shop {}: {}", code, shop.get().id().value(), rejected.reason());
			return new PushReceipt.Rejected("signature does not verify");
		}
		PushPayload payload;
		try {
			payload = source.parse(request);
		}
		catch (MalformedResponseException ex) {
			return new PushReceipt.Malformed(ex.getMessage());
		}
		boolean fresh = this.deliveries.store(shop.get().id(), code, payload.deliveryId(), request.body(),
				this.clock.instant());
		return fresh ? new PushReceipt.Accepted(payload.deliveryId(), payload.trackings().size())
				: new PushReceipt.Duplicate(payload.deliveryId());
	}

	/**
	 * Applies stored deliveries, oldest first, each in its own transaction.
	 * @return how many were worked off
	 */
	public int workOff(int max) {
		int done = 0;
		while (done < max) {
			Optional<PushDeliveryRepository.Pending> handled;
			try {
				handled = this.transactions.execute(status -> {
					Optional<PushDeliveryRepository.Pending> next = this.deliveries.lockNext(MAX_ATTEMPTS);
					next.ifPresent(this::apply);
					return next;
				});
			}
			catch (RuntimeException ex) {
				// Rolled back; count the attempt outside the failed transaction.
				log.warn("Applying a push delivery failed", ex);
				this.transactions.executeWithoutResult(status -> this.deliveries.lockNext(MAX_ATTEMPTS)
					.ifPresent(pending -> this.deliveries.failed(pending.shop(), pending.id(),
							"failed: " + ex.getClass().getSimpleName())));
				done++;
				continue;
			}
			if (handled == null || handled.isEmpty()) {
				break;
			}
			done++;
		}
		return done;
	}

	private void apply(PushDeliveryRepository.Pending pending) {
		PushSource source = this.sources.get(pending.source());
		if (source == null) {
			this.deliveries.failed(pending.shop(), pending.id(), "push source '" + pending.source() + "' is gone");
			return;
		}
		PushPayload payload = source.parse(new PushRequest(Map.of(), pending.body(), ""));
		Instant now = this.clock.instant();
		int matched = 0;
		for (PushedTracking tracking : payload.trackings()) {
			List<ShipmentId> ids = this.legs.shipmentsTrackedAs(pending.shop(), tracking.carrier(),
					tracking.trackingNumber());
			if (ids.isEmpty() && tracking.carrier() != null) {
				// Sources name carriers their own way (Deutsche Post for a DHL Paket
				// number).
				ids = this.legs.shipmentsTrackedAs(pending.shop(), null, tracking.trackingNumber());
			}
			for (ShipmentId id : ids) {
				Shipment shipment = this.shipments.get(pending.shop(), id);
				// The leg is the shop's own (carrier, number); sources may name the
				// carrier
				// differently.
				CarrierCode legCarrier = tracking.trackingNumber().equals(shipment.trackingNumber())
						? shipment.carrier() : tracking.carrier() != null ? tracking.carrier() : shipment.carrier();
				this.feed.apply(pending.shop(), id, legCarrier, tracking.trackingNumber(), tracking.events(), List.of(),
						tracking.estimatedDelivery(), tracking.pickupPoint());
				this.legs.pushed(pending.shop(), id, tracking.trackingNumber(), pending.source(), now);
				matched++;
			}
		}
		this.deliveries.done(pending.shop(), pending.id(),
				"applied to " + matched + " shipment(s) of " + payload.trackings().size() + " reported", now);
	}

	/** Deliveries of this shop still waiting, for tests and the console. */
	public int pending(ShopId shop) {
		return this.deliveries.pending(shop);
	}

}
