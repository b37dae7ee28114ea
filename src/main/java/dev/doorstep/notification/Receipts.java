package dev.doorstep.notification;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery receipts from providers (delivered, failed, bounced, opened, clicked). A hard
 * bounce or complaint puts the address on the suppression list. Receipts may arrive late
 * or out of order: a message never moves back (opened stays opened when "delivered" comes
 * after). Reports read from a mailbox (email bounces and complaints) go through
 * {@link #report}, which applies each report once.
 */
@Service
public class Receipts {

	private static final Set<MessageStatus> FINAL = Set.of(MessageStatus.BOUNCED, MessageStatus.COMPLAINED,
			MessageStatus.FAILED);

	private final MessageRepository messages;

	private final Consents consents;

	/** Receipts other modules hear about (insights' message funnel). */
	private static final Set<MessageStatus> PUBLISHED = Set.of(MessageStatus.DELIVERED, MessageStatus.OPENED,
			MessageStatus.CLICKED, MessageStatus.BOUNCED, MessageStatus.COMPLAINED, MessageStatus.FAILED);

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Receipts(MessageRepository messages, Consents consents, Clock clock, ApplicationEventPublisher events) {
		this.messages = messages;
		this.consents = consents;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Applies a receipt for the message the provider knows as {@code providerId}.
	 * @return whether such a message exists
	 */
	@Transactional
	public boolean record(String provider, String providerId, MessageStatus status, @Nullable String detail) {
		return this.messages.findByProviderId(provider, providerId).map(claimed -> {
			apply(claimed.shop(), claimed.message(), status, detail);
			return true;
		}).orElse(false);
	}

	/**
	 * Applies a report about one message that may be read more than once (a bounce or
	 * complaint from a mailbox): the first reading of {@code reportKey} for the message
	 * counts, later ones change nothing.
	 * @param status what the report says happened, or null for news that only goes into
	 * the message's history (a delayed delivery, a soft bounce)
	 * @return whether the report was new and the message exists
	 */
	@Transactional
	public boolean report(ShopId shop, UUID messageId, @Nullable MessageStatus status, String detail,
			String reportKey) {
		Optional<Message> found = this.messages.find(shop, messageId);
		if (found.isEmpty() || !this.messages.firstReport(shop, messageId, reportKey, this.clock.instant())) {
			return false;
		}
		Message message = found.get();
		if (status == null) {
			this.messages.event(shop, messageId, this.clock.instant(), message.status(), detail);
		}
		else {
			apply(shop, message, status, detail);
		}
		return true;
	}

	/**
	 * Moves the message on (never back), and suppresses the address on a hard bounce or
	 * complaint: the one place where that happens.
	 */
	private void apply(ShopId shop, Message message, MessageStatus status, @Nullable String detail) {
		if (rank(status) > rank(message.status())) {
			this.messages.finish(shop, message.id(), status, detail, this.clock.instant());
		}
		else {
			this.messages.event(shop, message.id(), this.clock.instant(), status, detail);
		}
		if (PUBLISHED.contains(status)) {
			this.events.publishEvent(new MessageReceiptRecorded(message.id(), shop, message.orderId(),
					message.trigger(), message.channel(), status, this.clock.instant()));
		}
		if (status == MessageStatus.BOUNCED || status == MessageStatus.COMPLAINED) {
			this.consents.suppress(shop, message.channel(), message.recipient(),
					status.name().toLowerCase(java.util.Locale.ROOT));
		}
	}

	/**
	 * Applies an engagement Doorstep saw itself (open pixel, click redirect) to a message
	 * of this shop.
	 */
	@Transactional
	public void recordEngagement(ShopId shop, UUID messageId, MessageStatus status) {
		this.messages.find(shop, messageId).ifPresent(message -> apply(shop, message, status, null));
	}

	/** How far a message got; a receipt never moves it back. */
	private static int rank(MessageStatus status) {
		if (FINAL.contains(status)) {
			return 10;
		}
		return switch (status) {
			case SENT -> 1;
			case DELIVERED -> 2;
			case OPENED -> 3;
			case CLICKED -> 4;
			default -> 0;
		};
	}

}
