package dev.doorstep.history;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.PastDelivery;
import dev.doorstep.history.internal.CsvRows;
import dev.doorstep.history.internal.HistoryRows;
import dev.doorstep.history.internal.HistoryRows.Parcel;
import dev.doorstep.history.internal.HistoryRows.PastOrder;
import dev.doorstep.order.Order;
import dev.doorstep.order.PlaceOrderResult;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.CreateShipmentResult;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a shop's past orders and parcels from a CSV file (columns in
 * docs/guides/importing-history.md). Each order goes in with its parcels in one
 * transaction; a row that cannot be read is reported with its line and column and its
 * order is left out. Orders and parcels are stored without being announced
 * ({@link Orders#importHistoric}, {@link Shipments#importHistoric}): no shopper is
 * messaged and no webhook is sent about the past. Delivered parcels go into the shop's
 * delivery history ({@link DeliveryPromises#importHistory}). Importing the same file
 * again finds every order by its external id and every parcel by carrier and tracking
 * number and adds nothing. A dry run does all of it and rolls each order back.
 */
@Service
public class HistoryImport {

	/** The columns, in the documented order. */
	public static final List<String> COLUMNS = HistoryRows.COLUMNS;

	private final Orders orders;

	private final Shipments shipments;

	private final DeliveryPromises deliveries;

	private final Shops shops;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HistoryImport(Orders orders, Shipments shipments, DeliveryPromises deliveries, Shops shops,
			TransactionTemplate transactions, Clock clock) {
		this.orders = orders;
		this.shipments = shipments;
		this.deliveries = deliveries;
		this.shops = shops;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What one order's transaction did. */
	private record Outcome(boolean created, int shipmentsCreated, int shipmentsPresent, int learned) {
	}

	/**
	 * @throws HistoryFormatException when the file has no usable header: nothing is read
	 */
	public ImportSummary run(ShopId shopId, Reader csv, boolean dryRun, ImportProgress progress) {
		Shop shop = this.shops.get(shopId);
		HistoryRows.Parsed parsed = HistoryRows.parse(CsvRows.read(csv), shop.timeZone(), this.clock.instant());
		List<ImportSummary.Rejection> rejected = new ArrayList<>(parsed.rejected());
		@Nullable String fallbackOrigin = this.deliveries.settings(shopId).originCountry();
		int ordersCreated = 0;
		int ordersPresent = 0;
		int shipmentsCreated = 0;
		int shipmentsPresent = 0;
		int learned = 0;
		int done = parsed.rejected().size();
		progress.rows(done, parsed.rowsRead());
		for (PastOrder order : parsed.orders()) {
			try {
				Outcome outcome = this.transactions.execute(status -> {
					Outcome result = importOrder(shopId, order, fallbackOrigin);
					if (dryRun) {
						status.setRollbackOnly();
					}
					return result;
				});
				if (outcome.created()) {
					ordersCreated++;
				}
				else {
					ordersPresent++;
				}
				shipmentsCreated += outcome.shipmentsCreated();
				shipmentsPresent += outcome.shipmentsPresent();
				learned += outcome.learned();
			}
			catch (ConflictException ex) {
				rejected.addAll(order.reject(column(ex.field()), ex.getMessage()));
			}
			catch (InvalidRequestException ex) {
				rejected.addAll(
						order.reject(column(ex.violations().getFirst().field()), ex.violations().getFirst().reason()));
			}
			done += order.lines().size();
			progress.rows(done, parsed.rowsRead());
		}
		rejected.sort(Comparator.comparingInt(ImportSummary.Rejection::line));
		return new ImportSummary(dryRun, parsed.rowsRead(), ordersCreated, ordersPresent, shipmentsCreated,
				shipmentsPresent, learned, List.copyOf(rejected));
	}

	private Outcome importOrder(ShopId shop, PastOrder order, @Nullable String fallbackOrigin) {
		PlaceOrderResult placed = this.orders.importHistoric(shop, order.draft());
		int created = 0;
		int present = 0;
		List<PastDelivery> delivered = new ArrayList<>();
		for (Parcel parcel : order.parcels()) {
			CreateShipmentResult result = this.shipments.importHistoric(shop, placed.order().id(), parcel.shipment(),
					parcel.history());
			if (result instanceof CreateShipmentResult.Created) {
				created++;
			}
			else {
				present++;
			}
			if (parcel.status() == TrackingStatus.DELIVERED && parcel.deliveredAt() != null) {
				delivered.add(pastDelivery(order, parcel, fallbackOrigin));
			}
		}
		int learned = delivered.isEmpty() ? 0 : this.deliveries.importHistory(shop, delivered);
		return new Outcome(placed instanceof PlaceOrderResult.Created, created, present, learned);
	}

	/**
	 * The file's column for a field the shipment module names ({@code trackingNumber} is
	 * {@code tracking_number}); what it refuses without a matching column is about the
	 * parcel, so its key column.
	 */
	private static String column(String field) {
		String column = field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		return COLUMNS.contains(column) ? column : "tracking_number";
	}

	/** The parcel as the delivery model learns it: lane, hand-over and delivery. */
	private static PastDelivery pastDelivery(PastOrder order, Parcel parcel, @Nullable String fallbackOrigin) {
		// The file always has the destination country; the origin is the shop's (its
		// delivery settings), else taken to be domestic, as for live parcels.
		Order.Address address = Objects.requireNonNull(order.draft().shippingAddress());
		String destination = Objects.requireNonNull(address.country());
		String origin = fallbackOrigin != null ? fallbackOrigin : destination;
		Instant handedOver = parcel.shipment().shippedAt() != null ? parcel.shipment().shippedAt()
				: order.draft().placedAt();
		return new PastDelivery(
				"import:" + parcel.shipment().carrier().value() + ":" + parcel.shipment().trackingNumber(),
				parcel.shipment().carrier().value(), null, origin, null, destination, address.postcode(), handedOver,
				parcel.deliveredAt(), null);
	}

}
