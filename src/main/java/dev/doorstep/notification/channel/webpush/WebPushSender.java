package dev.doorstep.notification.channel.webpush;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.notification.Channel;
import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends a message to every browser subscribed to the order (the recipient is
 * {@code order:<id>}), each encrypted for its own keys. A subscription the push service
 * no longer knows (404, 410) is revoked. Always configured: without keys in the
 * properties a VAPID pair is generated and stored.
 *
 * <p>
 * One browser accepting is a send. Only when none accepted and one may still do later is
 * the whole message retried, so a browser that already showed it does not show it twice.
 */
@Component
class WebPushSender implements ChannelSender {

	static final String PROVIDER = "webpush";

	private static final Logger log = LoggerFactory.getLogger(WebPushSender.class);

	private final PushSubscriptions subscriptions;

	private final VapidKeys keys;

	private final WebPushClient client;

	private final WebPushProperties properties;

	WebPushSender(PushSubscriptions subscriptions, VapidKeys keys, WebPushClient client, WebPushProperties properties) {
		this.subscriptions = subscriptions;
		this.keys = keys;
		this.client = client;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.PUSH;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		OrderId order = PushDirectory.order(message.recipient());
		if (order == null) {
			return new SendResult.Rejected("not a push recipient: " + message.recipient());
		}
		List<PushSubscriptions.Subscription> targets = this.subscriptions.active(message.shop(), order);
		if (targets.isEmpty()) {
			return new SendResult.Rejected("no active push subscription for the order");
		}
		byte[] payload = WebPushMapper.payload(message);
		if (payload.length > WebPushCrypto.MAX_PLAINTEXT) {
			// Only an absurd shop name gets here; keys of subscriptions are not to blame.
			return new SendResult.Rejected("push payload too large");
		}
		String urgency = WebPushMapper.urgency(message.trigger());
		String firstId = null;
		List<String> transientFailures = new ArrayList<>();
		Duration retryAfter = null;
		List<String> refused = new ArrayList<>();
		for (PushSubscriptions.Subscription subscription : targets) {
			Outcome outcome = sendOne(message, subscription, payload, urgency);
			switch (outcome.kind()) {
				case SENT -> firstId = (firstId != null) ? firstId : outcome.detail();
				case GONE -> {
					this.subscriptions.revoke(message.shop(), subscription.id());
					refused.add(outcome.detail());
				}
				case REFUSED -> refused.add(outcome.detail());
				case TRANSIENT -> {
					transientFailures.add(outcome.detail());
					retryAfter = later(retryAfter, outcome.retryAfter());
				}
			}
		}
		if (firstId != null) {
			return new SendResult.Sent(PROVIDER, firstId);
		}
		if (!transientFailures.isEmpty()) {
			return new SendResult.Retry(String.join("; ", transientFailures), retryAfter);
		}
		return new SendResult.Rejected(String.join("; ", refused));
	}

	private enum Kind {

		SENT, GONE, REFUSED, TRANSIENT

	}

	private record Outcome(Kind kind, String detail, @Nullable Duration retryAfter) {
	}

	private Outcome sendOne(OutgoingMessage message, PushSubscriptions.Subscription subscription, byte[] payload,
			String urgency) {
		URI endpoint = URI.create(subscription.endpoint());
		OutboundUrls.Reach reach = this.properties.allowHttpEndpoints() ? OutboundUrls.Reach.PUBLIC
				: OutboundUrls.reach(endpoint.getHost());
		if (reach == OutboundUrls.Reach.INTERNAL) {
			return new Outcome(Kind.GONE, "push endpoint resolves inside this installation's network", null);
		}
		if (reach == OutboundUrls.Reach.UNRESOLVED) {
			return new Outcome(Kind.TRANSIENT, "push service host does not resolve", null);
		}
		byte[] body;
		try {
			body = WebPushCrypto.encrypt(payload, WebPushCrypto.base64UrlDecode(subscription.p256dh()),
					WebPushCrypto.base64UrlDecode(subscription.auth()));
		}
		catch (IllegalArgumentException ex) {
			return new Outcome(Kind.GONE, "subscription keys unusable", null);
		}
		String authorization = "vapid t=" + this.keys.jwt(WebPushMapper.audience(endpoint)) + ", k="
				+ this.keys.pair().publicKeyBase64();
		try {
			WebPushClient.Response response = this.client.post(endpoint, authorization, this.properties.ttl(), urgency,
					body);
			int status = response.status();
			if (status >= 200 && status < 300) {
				return new Outcome(Kind.SENT, response.location().orElse(PROVIDER + "-" + message.id()), null);
			}
			if (status == 404 || status == 410) {
				return new Outcome(Kind.GONE, "push service: subscription gone (" + status + ")", null);
			}
			if (status == 429 || status >= 500) {
				return new Outcome(Kind.TRANSIENT, "push service answered " + status,
						OutboundUrls.retryAfter(response.retryAfter().orElse(null)));
			}
			// 400 (bad request), 401/403 (VAPID refused), 413 (too large): this
			// message will never be taken as it is.
			log.warn("Push service {} refused message {} with {}", endpoint.getHost(), message.id(), status);
			return new Outcome(Kind.REFUSED, "push service answered " + status, null);
		}
		catch (IOException ex) {
			return new Outcome(Kind.TRANSIENT, "push service unreachable: " + ex.getClass().getSimpleName(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(Kind.TRANSIENT, "interrupted", null);
		}
	}

	private static @Nullable Duration later(@Nullable Duration a, @Nullable Duration b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.compareTo(b) >= 0) ? a : b;
	}

}
