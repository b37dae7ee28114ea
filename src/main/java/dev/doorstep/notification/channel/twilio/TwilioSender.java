package dev.doorstep.notification.channel.twilio;

import java.io.IOException;
import java.time.Clock;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.notification.internal.ProviderHttp;

import org.springframework.stereotype.Component;

/**
 * SMS through Twilio. Each message asks for status callbacks at
 * {@code /hooks/notify/twilio/status} under the public base URL. When Twilio says the
 * recipient had replied STOP (error 21610), the consent ledger learns it too.
 */
@Component
public class TwilioSender implements ChannelSender {

	static final String STATUS_PATH = "/hooks/notify/twilio/status";

	private final TwilioProperties properties;

	private final TwilioClient client;

	private final Links links;

	private final Consents consents;

	private final Clock clock;

	public TwilioSender(TwilioProperties properties, Links links, Consents consents, Clock clock) {
		this.properties = properties;
		this.client = new TwilioClient(properties);
		this.links = links;
		this.consents = consents;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String provider() {
		return TwilioMapper.PROVIDER;
	}

	@Override
	public boolean configured() {
		return this.properties.sending();
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		if (!configured()) {
			return new SendResult.Rejected("Twilio is not configured");
		}
		ProviderHttp.Response response;
		try {
			response = this.client.send(TwilioMapper.form(this.properties, message.recipient(), message.text(),
					this.links.absolute(STATUS_PATH)));
		}
		catch (IOException ex) {
			return new SendResult.Retry("Twilio unreachable: " + ex.getClass().getSimpleName(), null);
		}
		if (TwilioMapper.unsubscribed(response)) {
			for (Topic topic : Topic.values()) {
				this.consents.withdraw(message.shop(), message.recipient(), Channel.SMS, topic, "twilio-opt-out",
						"Twilio error 21610 for message " + message.id());
			}
		}
		return TwilioMapper.result(response, this.clock.instant());
	}

}
