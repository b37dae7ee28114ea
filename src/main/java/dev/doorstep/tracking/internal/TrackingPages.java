package dev.doorstep.tracking.internal;

import dev.doorstep.tracking.ShopperAction;
import dev.doorstep.tracking.PageBlock;
import dev.doorstep.tracking.PageBlocks;
import dev.doorstep.tracking.PageModuleGate;
import dev.doorstep.tracking.ShopperActions;
import dev.doorstep.tracking.TrackingProperties;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Cache;
import java.util.function.Function;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the tracking page behind a public token with a fixed number of queries (token,
 * shop, order, the order's parcels, this parcel's events, its delivery promise), whatever
 * the number of events.
 */
@Component
public class TrackingPages {

	/** A tracking page ready to render, in its language. */
	public record Rendered(Locale locale, TrackingPage page) {
	}

	/**
	 * A parcel's page in one language, and the parcel's state it shows: a page whose
	 * parcel has moved on since is rendered anew.
	 */
	private record PageKey(String token, String language) {
	}

	/**
	 * The order is kept with the page for the updates section, which shows its contacts.
	 * The marks are those of the order and the shop when the page was built
	 * ({@link #changed(OrderId)}).
	 */
	private record CachedPage(String parcelVersion, String html, Order order, Object orderMark, Object shopMark) {
	}

	private final Shipments shipments;

	private final Shops shops;

	private final Orders orders;

	private final MessageSource messages;

	private final DeliveryPromises promises;

	private final DeliveryTexts texts;

	private final @Nullable Cache<PageKey, CachedPage> rendered;

	private final @Nullable Cache<ShopId, Shop> shopsSeen;

	private final List<ShopperActions> actionSources;

	private final @Nullable Cache<ExtrasKey, KeptExtras> extrasSeen;

	/**
	 * One object per order and per shop, replaced when something the page shows about
	 * them changes: a kept page holding an older object is stale. A change costs one
	 * replacement however many pages are kept.
	 */
	private final Cache<Object, Object> marks;

	private final List<PageBlocks> blockSources;

	private final List<PageModuleGate> gates;

	private final PageViews views;

	TrackingPages(Shipments shipments, Shops shops, Orders orders, MessageSource messages, DeliveryPromises promises,
			DeliveryTexts texts, TrackingProperties properties, List<ShopperActions> actionSources,
			List<PageBlocks> blockSources, List<PageModuleGate> gates, PageViews views) {
		this.gates = List.copyOf(gates);
		this.views = views;
		this.actionSources = List.copyOf(actionSources);
		this.blockSources = List.copyOf(blockSources);
		this.promises = promises;
		this.texts = texts;
		this.shipments = shipments;
		this.shops = shops;
		this.orders = orders;
		this.messages = messages;
		// Shoppers reload a page while waiting and shops link it from every email; most
		// views of a parcel find it unchanged, and rendering costs far more than its two
		// look-ups.
		this.rendered = properties.renderedPageTtl().isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(properties.renderedPageTtl())
					.maximumWeight(properties.renderedPageMemory().toBytes())
					.weigher(TrackingPages::weight)
					.build();
		this.extrasSeen = properties.renderedPageTtl().isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(properties.renderedPageTtl())
					.maximumSize(properties.renderedPages())
					.build();
		this.shopsSeen = properties.renderedPageTtl().isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(properties.renderedPageTtl()).maximumSize(10_000).build();
		// A mark lost to eviction is replaced by a new one, which only costs a rebuild.
		this.marks = Caffeine.newBuilder()
			.expireAfterAccess(properties.renderedPageTtl().multipliedBy(2))
			.maximumSize(4 * properties.renderedPages())
			.build();
	}

	/**
	 * Bytes a kept page holds: its HTML as the JVM stores it (two bytes a character once
	 * a single one is outside Latin-1, as "–" is) and, roughly, its order.
	 */
	private static int weight(PageKey key, CachedPage page) {
		return page.html().length() * 2 + 2048;
	}

	private Object mark(Object orderOrShop) {
		return this.marks.get(orderOrShop, key -> new Object());
	}

	/**
	 * Something the order's pages show changed: the order itself, another of its parcels,
	 * the actions offered for it. Pages and extras kept for it are built anew.
	 */
	public void changed(OrderId order) {
		this.marks.put(order, new Object());
	}

	/** The shop's settings changed: its brand, languages or zone. */
	public void changed(ShopId shop) {
		if (this.shopsSeen != null) {
			this.shopsSeen.invalidate(shop);
		}
		this.marks.put(shop, new Object());
	}

	private Optional<Shop> shop(ShopId id) {
		if (this.shopsSeen == null) {
			return this.shops.find(id);
		}
		Shop seen = this.shopsSeen.getIfPresent(id);
		if (seen != null) {
			return Optional.of(seen);
		}
		Optional<Shop> found = this.shops.find(id);
		found.ifPresent(shop -> this.shopsSeen.put(id, shop));
		return found;
	}

	/**
	 * The HTML of a tracking page: reused while its parcel has not changed, else built
	 * and rendered by {@code render}.
	 */
	public Optional<Html> html(String token, @Nullable String lang, HttpServletRequest request,
			Function<Rendered, String> render) {
		Optional<Shipment> found = this.shipments.findByToken(token);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Shipment shipment = found.get();
		Optional<Shop> shop = shop(shipment.shopId());
		if (shop.isEmpty()) {
			return Optional.empty();
		}
		if ("GET".equals(request.getMethod())) {
			// A form answered with errors is not another visit.
			this.views.viewed(shipment.shopId(), shipment.id(), shipment.orderId());
		}
		Locale locale = Languages.choose(shop.get(), lang, request);
		PageKey key = new PageKey(token, locale.getLanguage());
		CachedPage cached = (this.rendered != null) ? this.rendered.getIfPresent(key) : null;
		// The delivery window moves without the parcel changing (a delay seen in
		// silence).
		String version = shipment.updatedAt() + "/"
				+ this.promises.version(shipment.shopId(), shipment.id()).orElse("");
		// Read before what the page is built from: a change in between leaves the new
		// page holding the old mark, so it is built once more rather than kept stale.
		Object orderMark = mark(shipment.orderId());
		Object shopMark = mark(shipment.shopId());
		if (cached != null && cached.parcelVersion().equals(version) && cached.orderMark() == orderMark
				&& cached.shopMark() == shopMark) {
			return Optional.of(new Html(locale, cached.html(), shop.get(), cached.order(), shipment));
		}
		Optional<Order> order = this.orders.find(shipment.shopId(), shipment.orderId());
		if (order.isEmpty()) {
			return Optional.empty();
		}
		String html = render.apply(new Rendered(locale, build(shop.get(), order.get(), shipment, locale)));
		if (this.rendered != null) {
			this.rendered.put(key, new CachedPage(version, html, order.get(), orderMark, shopMark));
		}
		return Optional.of(new Html(locale, html, shop.get(), order.get(), shipment));
	}

	/**
	 * A rendered page, its language, and the shop, order and parcel it was read for (the
	 * order as kept with the page).
	 */
	public record Html(Locale locale, String html, Shop shop, Order order, Shipment shipment) {
	}

	/**
	 * What other modules add to the parcel's page: the shopper's actions (return items,
	 * report a problem) and extra sections ("You may also like").
	 */
	public record Extras(List<ShopperAction> actions, List<PageBlock> blocks) {

		static final Extras NONE = new Extras(List.of(), List.of());

	}

	/**
	 * One parcel's extras in one language while neither the parcel nor anything the
	 * extras show for its order changed
	 * ({@link dev.doorstep.tracking.ShopperActionsChanged}).
	 */
	private record ExtrasKey(OrderId order, String token, String language, Instant parcelVersion) {
	}

	private record KeptExtras(Extras extras, Object orderMark) {
	}

	/**
	 * The extras for a parcel the caller has just read. Reused for the page's lifetime
	 * unless the parcel moves or a module reports a change for the order: working them
	 * out takes a dozen queries across modules, more than the page.
	 */
	public Extras extras(Shipment shipment, Locale locale) {
		if (this.actionSources.isEmpty() && this.blockSources.isEmpty()) {
			return Extras.NONE;
		}
		ExtrasKey key = new ExtrasKey(shipment.orderId(), shipment.publicToken(), locale.getLanguage(),
				shipment.updatedAt());
		Object orderMark = mark(shipment.orderId());
		KeptExtras known = (this.extrasSeen != null) ? this.extrasSeen.getIfPresent(key) : null;
		if (known != null && known.orderMark() == orderMark) {
			return known.extras();
		}
		Optional<Order> order = this.orders.find(shipment.shopId(), shipment.orderId());
		if (order.isEmpty()) {
			return Extras.NONE;
		}
		List<ShopperAction> actions = new ArrayList<>();
		for (ShopperActions source : this.actionSources) {
			actions.addAll(source.actions(shipment, order.get(), locale));
		}
		List<PageBlock> blocks = new ArrayList<>();
		for (PageBlocks source : this.blockSources) {
			if (shows(source, shipment, order.get())) {
				source.block(shipment, order.get(), locale).ifPresent(blocks::add);
			}
		}
		Extras extras = new Extras(List.copyOf(actions), List.copyOf(blocks));
		if (this.extrasSeen != null) {
			this.extrasSeen.put(key, new KeptExtras(extras, orderMark));
		}
		return extras;
	}

	private boolean shows(PageBlocks source, Shipment shipment, Order order) {
		for (PageModuleGate gate : this.gates) {
			if (!gate.shows(source.module(), shipment, order)) {
				return false;
			}
		}
		return true;
	}

	private TrackingPage build(Shop shop, Order order, Shipment shipment, Locale locale) {
		ZoneId zone = shop.timeZone();
		List<Shipment> parcels = new ArrayList<>(this.shipments.forOrder(shop.id(), order.id()));
		parcels.sort(Comparator.comparing(Shipment::createdAt).thenComparing(parcel -> parcel.id().toString()));
		List<TrackingEvent> timeline = this.shipments.timeline(shop.id(), shipment.id());
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		List<TrackingPage.Event> events = new ArrayList<>(timeline.size());
		for (TrackingEvent event : timeline) {
			ZonedDateTime local = event.occurredAt().atZone(zone);
			events.add(new TrackingPage.Event(local.toOffsetDateTime().toString(), when.format(local),
					statusText(event.status(), locale), blankToNull(event.description()), location(event.location())));
		}
		Collections.reverse(events);
		int number = 1;
		List<TrackingPage.OtherParcel> others = new ArrayList<>();
		for (int i = 0; i < parcels.size(); i++) {
			Shipment parcel = parcels.get(i);
			if (parcel.id().equals(shipment.id())) {
				number = i + 1;
			}
			else {
				others.add(new TrackingPage.OtherParcel(TrackingLinks.path(parcel), i + 1,
						parcel.carrier().displayName(), statusText(parcel.status(), locale)));
			}
		}
		String deliveredOn = (shipment.deliveredAt() != null) ? day.format(shipment.deliveredAt().atZone(zone)) : null;
		ShipmentPromise delivery = (deliveredOn != null) ? null
				: this.promises.forShipment(shop.id(), shipment.id()).orElse(null);
		String expectedBy = (deliveredOn == null && shipment.promisedDeliveryDate() != null)
				? day.format(shipment.promisedDeliveryDate()) : null;
		String zoneText = zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")";
		return new TrackingPage(ShopView.of(shop, locale.getLanguage()), locale.getLanguage(), shipment.publicToken(),
				order.orderNumber(), number, Math.max(parcels.size(), 1), shipment.carrier().displayName(),
				shipment.trackingNumber(), statusText(shipment.status(), locale),
				subStatusText(shipment.subStatus(), locale), step(shipment.status(), timeline), tone(shipment.status()),
				deliveredOn, expectedBy, events, zoneText, items(order, shipment), others,
				delivery == null ? null : this.texts.window(delivery.current().window(), locale),
				delivery == null || delivery.delay() == null ? null : this.texts.lateTitle(locale),
				delivery == null ? null : this.texts.reason(delivery, locale),
				pickup(shipment.currentPickupPoint(), locale, day));
	}

	private TrackingPage.@Nullable Pickup pickup(@Nullable PickupPoint point, Locale locale, DateTimeFormatter day) {
		if (point == null) {
			return null;
		}
		String type = (point.type() != null)
				? this.messages.getMessage("pickup.type." + point.type().name(), null, null, locale) : null;
		return new TrackingPage.Pickup(point.name(), point.street(), point.place(), type, point.openingHours(),
				point.deadline() == null ? null : day.format(point.deadline()),
				point.deadline() == null ? null : point.deadline().toString(), point.deadlineEstimated());
	}

	private String statusText(TrackingStatus status, Locale locale) {
		return this.messages.getMessage("status." + status.name(), null, status.name(), locale);
	}

	/** Words for known sub-statuses; codes a carrier invented stay unsaid. */
	private @Nullable String subStatusText(@Nullable String subStatus, Locale locale) {
		return (subStatus != null) ? this.messages.getMessage("substatus." + subStatus, null, null, locale) : null;
	}

	/**
	 * The progress bar's position. A problem or silence keeps the furthest step the
	 * parcel reached before it.
	 */
	static int step(TrackingStatus status, List<TrackingEvent> timeline) {
		if (status != TrackingStatus.EXCEPTION && status != TrackingStatus.EXPIRED) {
			return stepOf(status);
		}
		return timeline.stream().mapToInt(event -> stepOf(event.status())).max().orElse(1);
	}

	private static int stepOf(TrackingStatus status) {
		return switch (status) {
			case PENDING, INFO_RECEIVED, EXCEPTION, EXPIRED -> 1;
			case IN_TRANSIT -> 2;
			case AVAILABLE_FOR_PICKUP, OUT_FOR_DELIVERY, ATTEMPT_FAIL -> 3;
			case DELIVERED -> 4;
		};
	}

	private static String tone(TrackingStatus status) {
		return switch (status) {
			case DELIVERED -> "done";
			case EXCEPTION, ATTEMPT_FAIL -> "problem";
			case EXPIRED -> "muted";
			default -> "ok";
		};
	}

	/** The parcel's lines; a parcel that lists none carries the whole order. */
	private static List<TrackingPage.Item> items(Order order, Shipment shipment) {
		if (shipment.items().isEmpty()) {
			return order.items()
				.stream()
				.map(item -> new TrackingPage.Item(item.name(), blankToNull(item.variant()), item.quantity()))
				.toList();
		}
		List<TrackingPage.Item> items = new ArrayList<>();
		for (Shipment.Item item : shipment.items()) {
			order.item(item.sku())
				.ifPresent(line -> items
					.add(new TrackingPage.Item(line.name(), blankToNull(line.variant()), item.quantity())));
		}
		return items;
	}

	private static @Nullable String location(TrackingEvent.@Nullable Location location) {
		if (location == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		String city = blankToNull(location.city());
		String postcode = blankToNull(location.postcode());
		if (city != null) {
			parts.add((postcode != null) ? postcode + " " + city : city);
		}
		if (blankToNull(location.country()) != null) {
			parts.add(location.country());
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
