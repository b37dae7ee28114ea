package dev.doorstep.packaging;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.packaging.internal.BinPacker;
import dev.doorstep.packaging.internal.BoxChooser;
import dev.doorstep.packaging.internal.BoxRepository;
import dev.doorstep.packaging.internal.PackagingProperties;
import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Products;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Right-size packaging: the shop's box catalogue and the box (or boxes) a parcel's items
 * should go in, packed from the catalogue's product dimensions.
 */
@Service
public class Packaging {

	/** Most boxes one catalogue holds. */
	public static final int MAX_BOXES = 50;

	private final BoxRepository boxes;

	private final Products products;

	private final Orders orders;

	private final Shipments shipments;

	private final PackagingProperties properties;

	private final BoxChooser chooser;

	Packaging(BoxRepository boxes, Products products, Orders orders, Shipments shipments,
			PackagingProperties properties, BinPacker packer) {
		this.boxes = boxes;
		this.products = products;
		this.orders = orders;
		this.shipments = shipments;
		this.properties = properties;
		this.chooser = new BoxChooser(packer, properties.maxBoxes(), properties.timeLimit());
	}

	public List<PackagingBox> boxes(ShopId shop) {
		return this.boxes.boxes(shop);
	}

	/**
	 * Replaces the shop's box catalogue, all or none. An empty list removes it; otherwise
	 * ids are unique, exactly one box is the standard box and all costs are in one
	 * currency.
	 */
	@Transactional
	public List<PackagingBox> replaceBoxes(ShopId shop, List<PackagingBox> catalogue) {
		List<FieldViolation> violations = new ArrayList<>();
		if (catalogue.size() > MAX_BOXES) {
			violations.add(new FieldViolation("boxes", "at most " + MAX_BOXES + " boxes"));
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < catalogue.size(); i++) {
			PackagingBox box = catalogue.get(i);
			if (!ids.add(box.id())) {
				violations.add(new FieldViolation("boxes[" + i + "].id", "appears twice"));
			}
			if (!box.currency().equals(catalogue.getFirst().currency())) {
				violations.add(new FieldViolation("boxes[" + i + "].currency",
						"must be the same for all boxes (" + catalogue.getFirst().currency() + ")"));
			}
		}
		long standards = catalogue.stream().filter(PackagingBox::standard).count();
		if (!catalogue.isEmpty() && standards != 1) {
			violations.add(new FieldViolation("boxes",
					"exactly one box must be the standard box (standard: true); " + standards + " are"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		this.boxes.replace(shop, catalogue);
		return this.boxes.boxes(shop);
	}

	/**
	 * The box for these items. Units of one SKU given twice count together.
	 * @throws InvalidRequestException when the items add up to more units than one
	 * recommendation packs
	 */
	public Recommendation recommend(ShopId shop, List<PackItem> items) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		items.forEach(item -> quantities.merge(item.sku(), item.quantity(), Integer::sum));
		int units = quantities.values().stream().mapToInt(Integer::intValue).sum();
		if (units > this.properties.maxUnits()) {
			throw new InvalidRequestException("items",
					"at most " + this.properties.maxUnits() + " units per recommendation, not " + units);
		}
		return recommend(quantities, this.products.find(shop, quantities.keySet()), this.boxes.boxes(shop));
	}

	/**
	 * The box for all items of the order; a {@link NotFoundException} for no such order.
	 */
	public Recommendation recommendForOrder(ShopId shop, OrderId id) {
		return recommend(shop, items(this.orders.get(shop, id)));
	}

	/**
	 * The box for one parcel: its items, or the whole order's when the shop did not say
	 * which items went into it.
	 */
	public Recommendation recommendForShipment(ShopId shop, ShipmentId id) {
		Shipment shipment = this.shipments.get(shop, id);
		return recommend(shop, shipment.items().isEmpty() ? items(this.orders.get(shop, shipment.orderId()))
				: shipment.items().stream().map(item -> new PackItem(item.sku(), item.quantity())).toList());
	}

	/**
	 * The parcels reported on {@code date} (in {@code zone}) with their recommendation,
	 * and the void volume saved that day.
	 */
	public PackagingDay day(ShopId shop, LocalDate date, ZoneId zone) {
		List<Shipment> parcels = this.shipments.reportedBetween(shop, date.atStartOfDay(zone).toInstant(),
				date.plusDays(1).atStartOfDay(zone).toInstant(), this.properties.dayLimit() + 1);
		boolean truncated = parcels.size() > this.properties.dayLimit();
		parcels = parcels.subList(0, Math.min(parcels.size(), this.properties.dayLimit()));
		Map<OrderId, Order> orders = this.orders
			.findAll(shop, parcels.stream().map(Shipment::orderId).collect(Collectors.toCollection(LinkedHashSet::new)))
			.stream()
			.collect(Collectors.toMap(Order::id, Function.identity()));
		// One catalogue read and one product read for the whole day.
		List<PackagingBox> catalogue = this.boxes.boxes(shop);
		Map<ShipmentId, Map<String, Integer>> contents = new LinkedHashMap<>();
		Set<String> skus = new LinkedHashSet<>();
		for (Shipment parcel : parcels) {
			Map<String, Integer> quantities = new LinkedHashMap<>();
			if (parcel.items().isEmpty() && orders.containsKey(parcel.orderId())) {
				orders.get(parcel.orderId())
					.items()
					.forEach(i -> quantities.merge(i.sku(), i.quantity(), Integer::sum));
			}
			parcel.items().forEach(item -> quantities.merge(item.sku(), item.quantity(), Integer::sum));
			skus.addAll(quantities.keySet());
			contents.put(parcel.id(), quantities);
		}
		Map<String, Product> known = this.products.find(shop, skus);
		List<PackagingDay.Parcel> rows = new ArrayList<>();
		int recommended = 0;
		long saved = 0;
		for (Shipment parcel : parcels) {
			Map<String, Integer> quantities = contents.get(parcel.id());
			int units = quantities.values().stream().mapToInt(Integer::intValue).sum();
			Recommendation recommendation = (units > this.properties.maxUnits())
					? new Recommendation.TooMany(this.properties.maxBoxes()) : recommend(quantities, known, catalogue);
			if (recommendation instanceof Recommendation.Packed packed) {
				recommended++;
				if (packed.standard().voidSavedMm3() != null) {
					saved += packed.standard().voidSavedMm3();
				}
			}
			Order order = orders.get(parcel.orderId());
			rows.add(new PackagingDay.Parcel(parcel.orderId(), (order != null) ? order.orderNumber() : "", parcel.id(),
					parcel.trackingNumber(), recommendation));
		}
		return new PackagingDay(date, List.copyOf(rows), recommended, saved, Recommendation.litres(saved), truncated);
	}

	private Recommendation recommend(Map<String, Integer> quantities, Map<String, Product> known,
			List<PackagingBox> catalogue) {
		List<String> unknown = quantities.keySet()
			.stream()
			.filter(sku -> !known.containsKey(sku) || !known.get(sku).measured())
			.toList();
		if (!unknown.isEmpty()) {
			return new Recommendation.UnknownDimensions(unknown);
		}
		List<BinPacker.Unit> units = new ArrayList<>();
		quantities.forEach((sku, quantity) -> {
			Product product = known.get(sku);
			for (int i = 0; i < quantity; i++) {
				units.add(new BinPacker.Unit(sku, product.lengthMm(), product.widthMm(), product.heightMm(),
						product.weightG()));
			}
		});
		return this.chooser.choose(units, catalogue);
	}

	private static List<PackItem> items(Order order) {
		return order.items().stream().map(item -> new PackItem(item.sku(), item.quantity())).toList();
	}

}
