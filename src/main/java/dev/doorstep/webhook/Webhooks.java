package dev.doorstep.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.internal.CloudEvents;
import dev.doorstep.webhook.internal.DeliveryRepository;
import dev.doorstep.webhook.internal.SubscriptionRepository;
import dev.doorstep.webhook.internal.WebhookProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions, their delivery log and replays, for the REST API and the console. Every
 * method is scoped by shop; another shop's ids are "not found" and bad input is an
 * {@link InvalidRequestException} naming the field. Modules that produce events do not
 * need this class: they publish an {@link OutboundEvent}.
 */
@Service
public class Webhooks {

	/** The type of the event {@link #sendTest} sends. */
	public static final String TEST_TYPE = "webhook.test";

	/** Most deliveries one time-range replay repeats. */
	public static final int MAX_REPLAY = 10_000;

	static final int MAX_TYPES = 50;

	/** What a merchant sets on a subscription; null leaves a value as it is on update. */
	public record Changes(@Nullable String url, @Nullable List<String> types, @Nullable Boolean enabled,
			@Nullable String description) {
	}

	/** One page of a subscription's delivery log, newest first. */
	public record DeliveryPage(List<Delivery> deliveries, int page, int size, long totalElements) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SubscriptionRepository subscriptions;

	private final DeliveryRepository deliveries;

	private final WebhookProperties properties;

	private final Clock clock;

	Webhooks(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookProperties properties,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock;
	}

	/** A new subscription with a fresh secret: the only time the secret is shown. */
	public Subscription create(ShopId shop, Changes request) {
		if (request.url() == null) {
			throw new InvalidRequestException("url", "is required");
		}
		Instant now = now();
		Subscription subscription = new Subscription(shop, UUID.randomUUID(), url(request.url()), newSecret(),
				types(request.types()), request.enabled() == null || request.enabled(),
				request.description() == null ? "" : request.description().strip(), null, now, now);
		this.subscriptions.insert(subscription);
		return subscription;
	}

	public List<Subscription> list(ShopId shop) {
		return this.subscriptions.list(shop);
	}

	public Subscription get(ShopId shop, UUID id) {
		return this.subscriptions.find(shop, id).orElseThrow(() -> new NotFoundException("Webhook subscription", id));
	}

	public Subscription update(ShopId shop, UUID id, Changes changes) {
		Subscription current = get(shop, id);
		boolean enabled = changes.enabled() == null ? current.enabled() : changes.enabled();
		Subscription updated = new Subscription(shop, id, changes.url() == null ? current.url() : url(changes.url()),
				current.secret(), changes.types() == null ? current.types() : types(changes.types()), enabled,
				changes.description() == null ? current.description() : changes.description().strip(),
				enabled ? null : current.disabledReason(), current.createdAt(), now());
		this.subscriptions.update(updated);
		return updated;
	}

	/** Deletes the subscription with its delivery log. */
	public void delete(ShopId shop, UUID id) {
		if (!this.subscriptions.delete(shop, id)) {
			throw new NotFoundException("Webhook subscription", id);
		}
	}

	/** A new secret, in force from the next attempt on; the old one stops at once. */
	public Subscription rotateSecret(ShopId shop, UUID id) {
		Subscription current = get(shop, id);
		String secret = newSecret();
		Instant now = now();
		this.subscriptions.rotateSecret(shop, id, secret, now);
		return new Subscription(shop, id, current.url(), secret, current.types(), current.enabled(),
				current.description(), current.disabledReason(), current.createdAt(), now);
	}

	public DeliveryPage deliveries(ShopId shop, UUID subscriptionId, Delivery.@Nullable Status status, int page,
			int size) {
		get(shop, subscriptionId);
		return new DeliveryPage(this.deliveries.page(shop, subscriptionId, status, page, size), page, size,
				this.deliveries.count(shop, subscriptionId, status));
	}

	public Delivery delivery(ShopId shop, UUID id) {
		return this.deliveries.find(shop, id).orElseThrow(() -> new NotFoundException("Webhook delivery", id));
	}

	/**
	 * Sends a delivery again as a new delivery with the same body and CloudEvent id,
	 * whatever became of the original.
	 */
	@Transactional
	public Delivery replay(ShopId shop, UUID deliveryId) {
		Delivery original = delivery(shop, deliveryId);
		String body = this.deliveries.body(shop, deliveryId).orElseThrow();
		Instant now = now();
		UUID id = UUID.randomUUID();
		this.deliveries.insert(shop, id, original.subscriptionId(), original.eventId(), original.eventType(), body, now,
				now.plus(this.properties.retryWindow()), deliveryId);
		return delivery(shop, id);
	}

	/**
	 * Sends again every event the subscription was given in {@code [from, to)} (by when
	 * it was matched), at most {@value #MAX_REPLAY}.
	 * @return how many deliveries were added
	 */
	public int replay(ShopId shop, UUID subscriptionId, @Nullable Instant from, @Nullable Instant to) {
		List<FieldViolation> violations = new ArrayList<>();
		if (from == null) {
			violations.add(new FieldViolation("from", "is required"));
		}
		if (to == null) {
			violations.add(new FieldViolation("to", "is required"));
		}
		if (from != null && to != null && !from.isBefore(to)) {
			violations.add(new FieldViolation("to", "must be after from"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		get(shop, subscriptionId);
		Instant now = now();
		return this.deliveries.replayRange(shop, subscriptionId, from, to, now, now.plus(this.properties.retryWindow()),
				MAX_REPLAY);
	}

	/**
	 * Queues a {@value #TEST_TYPE} event for this subscription alone, whatever its type
	 * filter.
	 */
	public Delivery sendTest(ShopId shop, UUID subscriptionId) {
		Subscription subscription = get(shop, subscriptionId);
		Instant now = now();
		OutboundEvent event = new OutboundEvent(shop, TEST_TYPE, subscriptionId.toString(), now,
				Map.of("subscriptionId", subscriptionId.toString(), "message",
						"A test event from Doorstep: your endpoint is reachable and verifies signatures."));
		UUID id = UUID.randomUUID();
		this.deliveries.insert(shop, id, subscription.id(), event.id(), event.type(), CloudEvents.body(event), now,
				now.plus(this.properties.retryWindow()), null);
		return delivery(shop, id);
	}

	/**
	 * One delivery per enabled subscription of the shop that wants the event; a
	 * subscription that already has the event (a redelivery) gets none.
	 * @return how many deliveries were added
	 */
	@Transactional
	public int match(OutboundEvent event) {
		String body = CloudEvents.body(event);
		Instant now = now();
		int added = 0;
		for (Subscription subscription : this.subscriptions.enabled(event.shop())) {
			if (subscription.wants(event.type())
					&& this.deliveries.insert(event.shop(), UUID.randomUUID(), subscription.id(), event.id(),
							event.type(), body, now, now.plus(this.properties.retryWindow()), null)) {
				added++;
			}
		}
		return added;
	}

	/** To the microsecond, as PostgreSQL stores it, so answers equal later reads. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private String url(String raw) {
		if (raw.length() > 2000) {
			throw new InvalidRequestException("url", "must be at most 2000 characters");
		}
		// With local endpoints allowed (a test receiver), http and internal addresses are
		// for local hosts only; public hosts still need https.
		return OutboundUrls.web(raw, false)
			.or(() -> this.properties.allowLocalEndpoints()
					? OutboundUrls.web(raw, true).filter(uri -> OutboundUrls.internal(uri.getHost()))
					: Optional.empty())
			.orElseThrow(() -> new InvalidRequestException("url",
					"must be an absolute https URL without credentials, outside this installation's network"))
			.toString();
	}

	private static List<String> types(@Nullable List<String> types) {
		if (types == null) {
			return List.of();
		}
		if (types.size() > MAX_TYPES) {
			throw new InvalidRequestException("types", "must have at most " + MAX_TYPES + " entries");
		}
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < types.size(); i++) {
			String type = types.get(i);
			if (type == null || !Subscription.validFilter(type)) {
				violations.add(new FieldViolation("types[" + i + "]",
						"must be an event type like return.approved, a prefix like return.* or *"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		return types.stream().distinct().toList();
	}

	/**
	 * 32 random bytes, base64url, with a prefix that makes a leaked secret recognizable.
	 */
	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
