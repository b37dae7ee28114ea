package dev.doorstep.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.claim.Claims;
import dev.doorstep.feedback.internal.FeedbackProperties;
import dev.doorstep.feedback.internal.FeedbackRepository;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.ShopperEvents;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.order.Orders;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.Returns;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.webhook.OutboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review requests: the shop's rules, scheduling one request per order once all its
 * parcels are delivered, and sending due requests through the notification module's
 * {@link Trigger#REVIEW_REQUEST} journeys, unless a return is in progress, a claim is
 * open, the order was cancelled or the marketing consent the shop requires is missing;
 * each request records why it was or was not sent.
 * <p>
 * The due date is the delivery day (of the order's last parcel, shop's time zone) plus
 * the <em>longest</em> delay among the order items' categories, at
 * {@code doorstep.feedback.send-at}: one request bundles every item, and asking about a
 * face cream after 7 days because the order also held socks would ask before the cream
 * could be judged, while asking about the socks after 21 days only asks a little late.
 */
@Service
public class ReviewRequests {

	/** Requests sent per scheduler round. */
	public static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(ReviewRequests.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FeedbackRepository repository;

	private final Orders orders;

	private final Shipments shipments;

	private final Shops shops;

	private final Returns returns;

	private final Claims claims;

	private final Consents consents;

	private final ShopperEvents shopperEvents;

	private final TrackingLinks links;

	private final FeedbackProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewRequests(FeedbackRepository repository, Orders orders, Shipments shipments, Shops shops, Returns returns,
			Claims claims, Consents consents, ShopperEvents shopperEvents, TrackingLinks links,
			FeedbackProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.orders = orders;
		this.shipments = shipments;
		this.shops = shops;
		this.returns = returns;
		this.claims = claims;
		this.consents = consents;
		this.shopperEvents = shopperEvents;
		this.links = links;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The shop's rules, {@link FeedbackSettings#DEFAULTS} until it saves its own. */
	public FeedbackSettings settings(ShopId shop) {
		return this.repository.settings(shop).orElse(FeedbackSettings.DEFAULTS);
	}

	/**
	 * Saves the shop's rules; an {@link InvalidRequestException} names every field out of
	 * range. Requests already scheduled keep their due date.
	 */
	@Transactional
	public FeedbackSettings saveSettings(ShopId shop, FeedbackSettings settings) {
		List<FieldViolation> violations = new ArrayList<>();
		if (settings.defaultDelayDays() < 1 || settings.defaultDelayDays() > 365) {
			violations.add(new FieldViolation("defaultDelayDays", "must be between 1 and 365"));
		}
		if (settings.categoryDelays().size() > 100) {
			violations.add(new FieldViolation("categoryDelays", "must have at most 100 categories"));
		}
		Map<String, String> seen = new HashMap<>();
		settings.categoryDelays().forEach((category, days) -> {
			String field = "categoryDelays." + category;
			if (category.isBlank() || category.length() > 100) {
				violations.add(new FieldViolation(field, "category must have 1 to 100 characters"));
			}
			else if (seen.put(FeedbackSettings.key(category), category) != null) {
				violations.add(new FieldViolation(field, "names the same category as another entry"));
			}
			if (days == null || days < 1 || days > 365) {
				violations.add(new FieldViolation(field, "must be between 1 and 365"));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		this.repository.saveSettings(shop, settings, this.clock.instant());
		return settings(shop);
	}

	/** The order's review request (at most one), with its status and reason. */
	public List<ReviewRequest> forOrder(ShopId shop, OrderId order) {
		return this.repository.requestsForOrder(shop, order);
	}

	/**
	 * Schedules the order's review request if every parcel of the order is delivered and
	 * together they carry every item; nothing when it is not fully delivered yet, was
	 * cancelled, or has a request already.
	 */
	@Transactional
	public Optional<ReviewRequest> scheduleIfDelivered(ShopId shopId, OrderId orderId) {
		Order order = this.orders.find(shopId, orderId).orElse(null);
		if (order == null || order.status() == OrderStatus.CANCELLED || order.items().isEmpty()) {
			return Optional.empty();
		}
		List<Shipment> parcels = this.shipments.forOrder(shopId, orderId)
			.stream()
			.filter(parcel -> !parcel.returnParcel())
			.toList();
		if (parcels.isEmpty()
				|| parcels.stream()
					.anyMatch(parcel -> parcel.status() != TrackingStatus.DELIVERED || parcel.deliveredAt() == null)
				|| !carryEverything(order, parcels)) {
			return Optional.empty();
		}
		Instant delivered = parcels.stream().map(Shipment::deliveredAt).max(Comparator.naturalOrder()).orElseThrow();
		ZoneId zone = this.shops.get(shopId).timeZone();
		LocalDate day = LocalDate.ofInstant(delivered, zone);
		FeedbackSettings settings = settings(shopId);
		FeedbackSettings.Delay longest = order.items()
			.stream()
			.map(item -> settings.delayFor(item.category()))
			.max(Comparator.comparingInt(FeedbackSettings.Delay::days))
			.orElseThrow();
		Instant due = day.plusDays(longest.days()).atTime(this.properties.sendAt()).atZone(zone).toInstant();
		Instant now = this.clock.instant();
		// A delivery imported long after the fact (history, not news) would make the
		// request due weeks ago: nobody is asked about an order from a month back.
		boolean past = due.isBefore(now.minus(ShopperEvents.TOO_OLD));
		ReviewRequest request = new ReviewRequest(UUID.randomUUID(), shopId, orderId, token(),
				past ? ReviewRequestStatus.SUPPRESSED : ReviewRequestStatus.SCHEDULED,
				past ? "due " + due + ", more than " + ShopperEvents.TOO_OLD.toDays()
						+ " days before the delivery was known: history, not a moment to ask" : null,
				day, longest.days(), (longest.category() != null) ? longest.category() : "default", due,
				past ? now : null, now);
		if (!this.repository.insertRequest(request)) {
			return Optional.empty();
		}
		return Optional.of(request);
	}

	/**
	 * Whether the parcels carry every item ordered; a parcel without an item list counts
	 * as the whole order (the shop did not say what is in it).
	 */
	private static boolean carryEverything(Order order, List<Shipment> parcels) {
		if (parcels.stream().anyMatch(parcel -> parcel.items().isEmpty())) {
			return true;
		}
		Map<String, Integer> shipped = new HashMap<>();
		parcels.forEach(
				parcel -> parcel.items().forEach(item -> shipped.merge(item.sku(), item.quantity(), Integer::sum)));
		return order.items().stream().allMatch(line -> shipped.getOrDefault(line.sku(), 0) >= line.quantity());
	}

	/** Cancels the order's scheduled request: nobody is asked about a cancelled order. */
	@Transactional
	public void cancel(ShopId shop, OrderId order) {
		Instant now = this.clock.instant();
		forOrder(shop, order).forEach(request -> this.repository.decide(shop, request.id(),
				ReviewRequestStatus.CANCELLED, "the order was cancelled", now));
	}

	/**
	 * Sends or suppresses every request due at {@code now} (at most {@link #BATCH}); the
	 * scheduler's task passes the clock's time.
	 * @return how many requests were decided
	 */
	@Transactional
	public int sendDue(Instant now) {
		return send(this.repository.lockDue(null, now, BATCH), now);
	}

	/** As {@link #sendDue(Instant)}, for one shop's requests only. */
	@Transactional
	public int sendDue(ShopId shop, Instant now) {
		return send(this.repository.lockDue(shop, now, BATCH), now);
	}

	private int send(List<ReviewRequest> due, Instant now) {
		for (ReviewRequest request : due) {
			decide(request, now);
		}
		return due.size();
	}

	private void decide(ReviewRequest request, Instant now) {
		ShopId shop = request.shopId();
		Order order = this.orders.get(shop, request.orderId());
		if (order.status() == OrderStatus.CANCELLED) {
			this.repository.decide(shop, request.id(), ReviewRequestStatus.CANCELLED, "the order was cancelled", now);
			return;
		}
		String hold = holdBack(order);
		if (hold != null) {
			this.repository.decide(shop, request.id(), ReviewRequestStatus.SUPPRESSED, hold, now);
			return;
		}
		String url = this.links.absolute(request.shopId(), "/f/" + request.token());
		// The notification module takes news of the last few minutes only; "now" may be
		// a test's or a late round's moment, the message goes out at this one.
		ShopperEvents.Outcome outcome = this.shopperEvents.notify(shop, order.id(), null, Trigger.REVIEW_REQUEST,
				"review-" + request.id(), this.clock.instant(), Map.of("reviewUrl", url));
		switch (outcome) {
			case ShopperEvents.Outcome.Planned planned -> sent(request, order, planned.messageIds().size(), now);
			case ShopperEvents.Outcome.AlreadyPlanned planned -> sent(request, order, planned.messageIds().size(), now);
			case ShopperEvents.Outcome.NothingToSend nothing -> this.repository.decide(shop, request.id(),
					ReviewRequestStatus.SUPPRESSED, "nothing to send: " + nothing.reason(), now);
			default -> {
				log.warn("Review request {} refused by the notification module: {}", request.id(),
						outcome.getClass().getSimpleName());
				this.repository.decide(shop, request.id(), ReviewRequestStatus.SUPPRESSED,
						"the notification module refused it: " + outcome.getClass().getSimpleName(), now);
			}
		}
	}

	/** Why the request must not go out now, or null when it may. */
	private @org.jspecify.annotations.Nullable String holdBack(Order order) {
		ShopId shop = order.shopId();
		for (ReturnRequest open : this.returns.forOrder(shop, order.id())) {
			if (open.status().inProgress()) {
				return "return " + open.rma() + " is in progress (" + open.status() + ")";
			}
		}
		if (this.claims.hasOpenClaim(shop, order.id())) {
			return "a claim about the order is open";
		}
		if (settings(shop).requireMarketingConsent()) {
			String email = order.customer().email();
			boolean granted = email != null && this.consents.current(shop, email, Channel.EMAIL, Topic.MARKETING)
				.map(ConsentRecord::granted)
				.orElse(false);
			if (!granted) {
				return "the shop requires marketing consent and the consent ledger holds no opt-in for the shopper's email";
			}
		}
		return null;
	}

	private void sent(ReviewRequest request, Order order, int messages, Instant now) {
		if (!this.repository.decide(request.shopId(), request.id(), ReviewRequestStatus.SENT,
				"handed to the REVIEW_REQUEST journeys: " + messages + " message(s) planned", now)) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("requestId", request.id().toString());
		data.put("orderId", order.id().value().toString());
		data.put("orderNumber", order.orderNumber());
		data.put("skus", order.items().stream().map(Order.LineItem::sku).distinct().toList());
		data.put("dueAt", request.dueAt().toString());
		this.events
			.publishEvent(new OutboundEvent(request.shopId(), "review.requested", request.id().toString(), now, data));
	}

	/** 24 random bytes (192 bits), URL-safe: 32 characters. */
	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
