package dev.doorstep.notification;

import java.time.Clock;
import java.util.Set;

import dev.doorstep.notification.internal.MessageRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery receipts from providers (delivered, failed, bounced, opened, clicked). A hard
 * bounce or complaint puts the address on the suppression list. Receipts may arrive late
 * or out of order: a message never moves back (opened stays opened when "delivered" comes
 * after).
 */
@Service
public class Receipts {

	private static final Set<MessageStatus> FINAL = Set.of(MessageStatus.BOUNCED, MessageStatus.COMPLAINED,
			MessageStatus.FAILED);

	private final MessageRepository messages;

	private final Consents consents;

	private final Clock clock;

	Receipts(MessageRepository messages, Consents consents, Clock clock) {
		this.messages = messages;
		this.consents = consents;
		this.clock = clock;
	}

	/**
	 * Applies a receipt for the message the provider knows as {@code providerId}.
	 * @return whether such a message exists
	 */
	@Transactional
	public boolean record(String provider, String providerId, MessageStatus status, @Nullable String detail) {
		return this.messages.findByProviderId(provider, providerId).map(claimed -> {
			Message message = claimed.message();
			if (rank(status) > rank(message.status())) {
				this.messages.finish(claimed.shop(), message.id(), status, detail, this.clock.instant());
			}
			else {
				this.messages.event(claimed.shop(), message.id(), this.clock.instant(), status, detail);
			}
			if (status == MessageStatus.BOUNCED || status == MessageStatus.COMPLAINED) {
				this.consents.suppress(claimed.shop(), message.channel(), message.recipient(),
						status.name().toLowerCase(java.util.Locale.ROOT));
			}
			return true;
		}).orElse(false);
	}

	/**
	 * Applies an engagement Doorstep saw itself (open pixel, click redirect) to a message
	 * of this shop.
	 */
	@Transactional
	public void recordEngagement(dev.doorstep.shop.ShopId shop, java.util.UUID messageId, MessageStatus status) {
		this.messages.find(shop, messageId).ifPresent(message -> {
			if (rank(status) > rank(message.status())) {
				this.messages.finish(shop, message.id(), status, null, this.clock.instant());
			}
			else {
				this.messages.event(shop, message.id(), this.clock.instant(), status, null);
			}
		});
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
