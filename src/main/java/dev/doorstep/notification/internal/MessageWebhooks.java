package dev.doorstep.notification.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.MessageFailed;
import dev.doorstep.notification.MessageReceiptRecorded;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.MessageSent;
import dev.doorstep.notification.MessageUnsubscribed;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.OrderId;
import dev.doorstep.webhook.OutboundEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code message.*} for the shop's webhook subscribers (fields in docs/events.md): sent,
 * failed, the provider's receipts and the shopper's engagement (delivered, opened,
 * clicked, bounced, complained) and unsubscribes. A plain listener runs inside the
 * dispatcher's transaction that records the outcome, so the {@link OutboundEvent} is
 * registered with the event publication registry in that same transaction. The recipient
 * is never part of it, and a provider's failure text loses anything that looks like an
 * address or a number.
 */
@Component
class MessageWebhooks {

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

	// Seven digits or more, single spaces, slashes or brackets between them: a phone
	// number; not a status code (550 5.1.1), a date or an id inside a word.
	private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\d(?:[ ()/]?\\d){6,}(?![\\w.])");

	private static final int MAX_REASON = 300;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageWebhooks(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(MessageSent sent) {
		this.events.publishEvent(new OutboundEvent(sent.shopId(), "message.sent", sent.messageId().toString(),
				this.clock.instant(), data(sent.messageId(), sent.orderId(), sent.trigger(), sent.channel())));
	}

	@EventListener
	void on(MessageFailed failed) {
		Map<String, Object> data = data(failed.messageId(), failed.orderId(), failed.trigger(), failed.channel());
		data.put("reason", scrub(failed.reason()));
		this.events.publishEvent(new OutboundEvent(failed.shopId(), "message.failed", failed.messageId().toString(),
				this.clock.instant(), data));
	}

	/**
	 * A receipt for the message. A provider's late "failed" is a {@code message.failed}
	 * too, so subscribers have one type for "this message did not reach the shopper".
	 */
	@EventListener
	void on(MessageReceiptRecorded receipt) {
		Map<String, Object> data = data(receipt.messageId(), receipt.orderId(), receipt.trigger(), receipt.channel());
		data.put("at", receipt.at().toString());
		if (receipt.status() == MessageStatus.FAILED) {
			data.put("reason", "reported as failed by the provider");
		}
		this.events.publishEvent(
				new OutboundEvent(receipt.shopId(), "message." + receipt.status().name().toLowerCase(Locale.ROOT),
						receipt.messageId().toString(), this.clock.instant(), data));
	}

	@EventListener
	void on(MessageUnsubscribed unsubscribed) {
		Map<String, Object> data = data(unsubscribed.messageId(), unsubscribed.orderId(), unsubscribed.trigger(),
				unsubscribed.channel());
		data.put("at", unsubscribed.at().toString());
		this.events.publishEvent(new OutboundEvent(unsubscribed.shopId(), "message.unsubscribed",
				unsubscribed.messageId().toString(), this.clock.instant(), data));
	}

	private static Map<String, Object> data(UUID messageId, OrderId orderId, Trigger trigger, Channel channel) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("messageId", messageId.toString());
		data.put("orderId", orderId.value().toString());
		data.put("trigger", trigger.name());
		data.put("channel", channel.name());
		return data;
	}

	/** Providers quote the recipient in their errors; the merchant's log need not. */
	static String scrub(String reason) {
		String clean = PHONE.matcher(EMAIL.matcher(reason).replaceAll("[address]")).replaceAll("[number]");
		return clean.length() > MAX_REASON ? clean.substring(0, MAX_REASON) : clean;
	}

}
