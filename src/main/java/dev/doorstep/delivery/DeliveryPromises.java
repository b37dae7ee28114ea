package dev.doorstep.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.delivery.internal.Promises;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;

/**
 * The delivery module's API: the promise for a hypothetical parcel (checkout), a parcel's
 * window and its history, the shop's settings and its lane statistics. Every method takes
 * the shop and sees only its data.
 */
@Service
public class DeliveryPromises {

	private final Promises promises;

	private final Clock clock;

	DeliveryPromises(Promises promises, Clock clock) {
		this.promises = promises;
		this.clock = clock;
	}

	/**
	 * The window a parcel ordered at {@code query.orderedAt()} (default now) would get. A
	 * cheap read: no database, the models are in memory.
	 * @throws dev.doorstep.runtime.InvalidRequestException naming the field when the
	 * query is not usable
	 */
	public DeliveryPrediction promise(ShopId shop, PromiseQuery query) {
		return this.promises.promise(shop, query, this.clock.instant());
	}

	/**
	 * A parcel's window, its basis and its history; empty before its first prediction.
	 */
	public Optional<ShipmentPromise> forShipment(ShopId shop, ShipmentId shipment) {
		return this.promises.forShipment(shop, shipment);
	}

	/**
	 * A short string that changes whenever the parcel's window or delay changes, for
	 * pages that keep a rendered copy; empty before the first prediction.
	 */
	public Optional<String> version(ShopId shop, ShipmentId shipment) {
		return this.promises.version(shop, shipment);
	}

	public DeliverySettings settings(ShopId shop) {
		return this.promises.settings(shop);
	}

	/**
	 * Saves the shop's settings after checking them.
	 * @throws dev.doorstep.runtime.InvalidRequestException naming the field, saving
	 * nothing
	 */
	public DeliverySettings saveSettings(ShopId shop, DeliverySettings settings) {
		return this.promises.saveSettings(shop, settings, Instant.now(this.clock));
	}

	/**
	 * Learns parcels delivered before Doorstep tracked them.
	 * @return how many were new
	 */
	public int importHistory(ShopId shop, java.util.List<PastDelivery> deliveries) {
		return this.promises.importHistory(shop, deliveries);
	}

	/** Carrier and lane statistics of the shop's delivered parcels. */
	public LaneOverview lanes(ShopId shop) {
		return this.promises.lanes(shop);
	}

}
