package dev.doorstep.notification.channel.messenger;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.Topic;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies webhook events: a valid order reference links the shopper to the order and
 * records the opt-in; every message of theirs reopens Meta's 24-hour window (and "stop"
 * withdraws); delivery and read receipts move our messages on. Meta redelivers webhooks,
 * so each step is idempotent.
 */
@Component
class MessengerInbox {

	static final String OPT_IN_SOURCE = "messenger-optin";

	private static final Set<String> STOP_WORDS = Set.of("stop", "stopp", "unsubscribe", "abmelden");

	private final MessengerRecipients recipients;

	private final Consents consents;

	private final Receipts receipts;

	private final MessengerProperties properties;

	private final Clock clock;

	MessengerInbox(MessengerRecipients recipients, Consents consents, Receipts receipts, MessengerProperties properties,
			Clock clock) {
		this.recipients = recipients;
		this.consents = consents;
		this.receipts = receipts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void apply(List<MessengerMapper.Event> events) {
		for (MessengerMapper.Event event : events) {
			switch (event) {
				case MessengerMapper.Event.Linked linked -> link(linked);
				case MessengerMapper.Event.Inbound inbound -> inbound(inbound);
				case MessengerMapper.Event.Delivered delivered -> delivered.mids()
					.forEach(mid -> this.receipts.record(MessengerSender.PROVIDER, mid, MessageStatus.DELIVERED, null));
				case MessengerMapper.Event.Read read ->
					this.recipients.read(read.psid(), read.watermark(), this.clock.instant())
						.forEach(sent -> this.receipts.record(MessengerSender.PROVIDER, sent.mid(),
								MessageStatus.OPENED, null));
			}
		}
	}

	private void link(MessengerMapper.Event.Linked linked) {
		Optional<MessengerMapper.OrderRef> ref = MessengerMapper.verifyRef(linked.ref(), this.properties.appSecret());
		if (ref.isEmpty()) {
			// Someone else's link or a forged one: still a message from the shopper.
			this.recipients.inbound(linked.psid(), linked.at());
			return;
		}
		this.recipients.link(ref.get().shop(), ref.get().order(), linked.psid(), linked.at());
		this.recipients.inbound(linked.psid(), linked.at());
		// Opening the conversation from the link is the opt-in; opening it again after a
		// "stop" renews it.
		if (!this.consents.allows(ref.get().shop(), linked.psid(), Channel.MESSENGER, Topic.TRANSACTIONAL)) {
			this.consents.grant(ref.get().shop(), linked.psid(), Channel.MESSENGER, Topic.TRANSACTIONAL, OPT_IN_SOURCE,
					"order " + ref.get().order());
		}
	}

	private void inbound(MessengerMapper.Event.Inbound inbound) {
		this.recipients.inbound(inbound.psid(), inbound.at());
		String text = inbound.text() == null ? "" : inbound.text().strip().toLowerCase(Locale.ROOT);
		if (STOP_WORDS.contains(text)) {
			for (var shop : this.recipients.shops(inbound.psid())) {
				for (Topic topic : Topic.values()) {
					this.consents.withdraw(shop, inbound.psid(), Channel.MESSENGER, topic, "messenger-stop", null);
				}
			}
		}
	}

}
