package dev.doorstep.shipment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.FulfilmentReported;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.NewShipment;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.detection.CarrierDetector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Parcels a shop platform reported become tracked shipments. The carrier comes from the
 * platform's carrier name where Doorstep knows it, else from the tracking number's
 * format. Creating is idempotent by carrier and tracking number, so a repeated or updated
 * fulfilment adds only parcels not tracked yet.
 */
@Component
class PlatformFulfilmentListener {

	private static final Logger log = LoggerFactory.getLogger(PlatformFulfilmentListener.class);

	/**
	 * Carrier names as platforms write them, lower case without spaces or punctuation,
	 * matched by prefix ("DHL Express", WooCommerce's {@code dhl-parcel},
	 * {@code dpd-de}), longest first so "Deutsche Post" is not taken for anything
	 * shorter.
	 */
	private static final List<Map.Entry<String, String>> NAMES = List.of(Map.entry("deutschepost", "deutsche-post"),
			Map.entry("royalmail", "royal-mail"), Map.entry("hermes", "hermes"), Map.entry("postnl", "postnl"),
			Map.entry("fedex", "fedex"), Map.entry("usps", "usps"), Map.entry("dhl", "dhl"), Map.entry("ups", "ups"),
			Map.entry("dpd", "dpd"), Map.entry("gls", "gls"));

	private final Shipments shipments;

	private final Orders orders;

	private final CarrierDetector detector;

	PlatformFulfilmentListener(Shipments shipments, Orders orders, CarrierDetector detector) {
		this.shipments = shipments;
		this.orders = orders;
		this.detector = detector;
	}

	@ApplicationModuleListener
	void on(FulfilmentReported fulfilment) {
		Order order = this.orders.get(fulfilment.shop(), fulfilment.order());
		// Items the order does not have (a product deleted from the platform since) are
		// left out rather than failing the whole parcel.
		List<Shipment.Item> items = new ArrayList<>();
		fulfilment.items()
			.stream()
			.filter(item -> order.item(item.sku()).isPresent())
			.forEach(item -> items.add(new Shipment.Item(item.sku(), item.quantity())));
		boolean first = true;
		for (String reported : fulfilment.trackingNumbers()) {
			// As the shipments API stores numbers, so the same parcel is found again.
			String number = reported.strip().toUpperCase(Locale.ROOT);
			Optional<CarrierCode> carrier = carrierByName(fulfilment.carrierName())
				.or(() -> this.detector.carrierFor(number));
			if (carrier.isEmpty()) {
				log.warn("A {} fulfilment {} of shop {} names no carrier Doorstep knows; parcel not tracked",
						fulfilment.platform(), fulfilment.fulfilmentId(), fulfilment.shop().value());
				continue;
			}
			// The platform says which items are in the fulfilment, not in which of its
			// parcels: the first parcel carries them.
			NewShipment parcel = new NewShipment(carrier.get(), number, null, first ? List.copyOf(items) : List.of(),
					fulfilment.at(), null, null);
			first = false;
			try {
				this.shipments.create(fulfilment.shop(), fulfilment.order(), parcel);
			}
			catch (ConflictException ex) {
				log.warn("A {} fulfilment {} of shop {} names a parcel of another order; not tracked",
						fulfilment.platform(), fulfilment.fulfilmentId(), fulfilment.shop().value());
			}
		}
	}

	static Optional<CarrierCode> carrierByName(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return NAMES.stream()
			.filter(entry -> key.startsWith(entry.getKey()))
			.findFirst()
			.map(entry -> new CarrierCode(entry.getValue()));
	}

}
