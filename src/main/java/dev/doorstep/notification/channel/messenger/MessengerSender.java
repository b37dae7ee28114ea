package dev.doorstep.notification.channel.messenger;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;

import org.springframework.stereotype.Component;

/**
 * Sends text over the Messenger Send API within Meta's policy: as a {@code RESPONSE}
 * while the shopper wrote in the last 24 hours, otherwise tagged
 * {@code POST_PURCHASE_UPDATE}, which covers order and shipment updates but not marketing
 * (review requests), so those are refused outside the window.
 */
@Component
class MessengerSender implements ChannelSender {

	static final String PROVIDER = "messenger";

	private static final Duration STANDARD_WINDOW = Duration.ofHours(24);

	private final MessengerClient client;

	private final MessengerRecipients recipients;

	private final MessengerProperties properties;

	private final Clock clock;

	MessengerSender(MessengerClient client, MessengerRecipients recipients, MessengerProperties properties,
			Clock clock) {
		this.client = client;
		this.recipients = recipients;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.MESSENGER;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean configured() {
		return this.properties.configured();
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		Instant now = this.clock.instant();
		Optional<Instant> lastInbound = this.recipients.lastInbound(message.shop(), message.recipient());
		MessengerMapper.Delivery delivery;
		if (lastInbound.isPresent() && lastInbound.get().isAfter(now.minus(STANDARD_WINDOW))) {
			delivery = MessengerMapper.Delivery.RESPONSE;
		}
		else if (message.trigger().topic() == Topic.TRANSACTIONAL) {
			delivery = MessengerMapper.Delivery.POST_PURCHASE_UPDATE;
		}
		else {
			return new SendResult.Rejected("Meta allows no tag for marketing outside the 24-hour window");
		}
		try {
			MessengerClient.Response response = this.client
				.send(MessengerMapper.sendBody(message.recipient(), message.text(), delivery));
			MessengerMapper.Answer answer = MessengerMapper.answer(response.body());
			if (response.status() == 200 && answer instanceof MessengerMapper.Answer.Accepted accepted) {
				this.recipients.sent(message.shop(), accepted.messageId(), message.recipient(), now);
				return new SendResult.Sent(PROVIDER, accepted.messageId());
			}
			MessengerMapper.Answer.Error error = answer instanceof MessengerMapper.Answer.Error failed ? failed
					: new MessengerMapper.Answer.Error(0, 0, "no message id");
			String reason = "Messenger answered " + response.status() + " (code " + error.code()
					+ (error.subcode() == 0 ? "" : "/" + error.subcode()) + "): " + error.message();
			if (response.status() >= 500 || response.status() == 429 || MessengerMapper.transientError(error.code())) {
				return new SendResult.Retry(reason, null);
			}
			return new SendResult.Rejected(reason);
		}
		catch (IOException ex) {
			return new SendResult.Retry("Messenger unreachable: " + ex.getClass().getSimpleName(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SendResult.Retry("interrupted", null);
		}
	}

}
