package dev.doorstep.webhook;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.doorstep.shop.ShopId;

/**
 * A fact a merchant's systems may want to hear about, published by the module that owns
 * it. Publish it with {@code ApplicationEventPublisher.publishEvent(...)} inside the
 * transaction that changed the state: the event publication registry hands it to this
 * module after the commit, and again after a crash, and each subscription gets it once.
 *
 * <pre>
 * events.publishEvent(new OutboundEvent(shop, "return.approved", returnId.toString(), clock.instant(),
 *         Map.of("returnId", returnId.toString(), "rma", rma, "orderId", orderId.toString())));
 * </pre>
 *
 * Add every new type to docs/events.md with its {@code data} fields. {@code data} is
 * serialized with Jackson as the CloudEvent's {@code data}; keep it to ids, codes,
 * amounts and timestamps, never the shopper's email, phone or address.
 *
 * @param id the CloudEvent {@code id}: unique per event and stable across retries and
 * redeliveries, so receivers drop repeats by it
 * @param shop the shop whose subscriptions receive it
 * @param type lower-case dotted name such as {@code return.approved}
 * @param subject what the event is about, usually the id of the return, claim or order
 * @param time when it happened
 * @param data the event's fields (JSON-serializable values)
 */
public record OutboundEvent(UUID id, ShopId shop, String type, String subject, Instant time, Map<String, Object> data) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

	public OutboundEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(shop, "shop");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(time, "time");
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException(
					"Event type must be lower-case and dotted, like return.approved: " + type);
		}
		// Insertion order kept (receivers read it), null values allowed.
		data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
	}

	/** A new event with a fresh id. */
	public OutboundEvent(ShopId shop, String type, String subject, Instant time, Map<String, Object> data) {
		this(UUID.randomUUID(), shop, type, subject, time, data);
	}

}
