package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageFailed;
import dev.doorstep.notification.MessageSent;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.NotificationSettings;
import dev.doorstep.notification.Settings;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages. A message is claimed with a lease, checked (suppression, consent,
 * quiet hours, frequency cap), rendered, stored as rendered, and only then handed to its
 * provider, outside any transaction. A crash after claiming leaves the lease to run out
 * and the message is taken again; only a send in flight at the crash can go out twice.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final MessageRepository messages;

	private final Consents consents;

	private final ChannelSenders senders;

	private final Renderer renderer;

	private final Links links;

	private final Orders orders;

	private final Shipments shipments;

	private final TrackingLinks trackingLinks;

	private final Shops shops;

	private final NotificationProperties properties;

	private final Settings settings;

	private final JourneyRepository journeys;

	private final QuietHours quietHours;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer renderTimer;

	Dispatcher(MessageRepository messages, Consents consents, ChannelSenders senders, Renderer renderer, Links links,
			Orders orders, Shipments shipments, TrackingLinks trackingLinks, Shops shops,
			NotificationProperties properties, Settings settings, JourneyRepository journeys,
			TransactionTemplate transactions, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
		this.journeys = journeys;
		this.settings = settings;
		this.messages = messages;
		this.consents = consents;
		this.senders = senders;
		this.renderer = renderer;
		this.links = links;
		this.orders = orders;
		this.shipments = shipments;
		this.trackingLinks = trackingLinks;
		this.shops = shops;
		this.properties = properties;
		this.quietHours = new QuietHours(properties.quietStart(), properties.quietEnd());
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.meters = meters;
		// Timed apart, so a slow template and a slow provider can be told from each other
		// (bench/run-notify.sh reads both).
		this.renderTimer = Timer.builder("doorstep.notification.render")
			.description("Rendering one message from its templates")
			.register(meters);
	}

	/**
	 * Sends one batch of due messages.
	 * @return how many were claimed
	 */
	public int dispatchDue() {
		Instant now = this.clock.instant();
		List<MessageRepository.Claimed> due = this.messages.claimDue(now, this.properties.batchSize(),
				now.plus(this.properties.lease()));
		// One recipient's messages go one after another (the frequency cap counts what
		// was sent before); different recipients in parallel, as a message spends most
		// of its time waiting for the database and the provider.
		Map<String, List<MessageRepository.Claimed>> byRecipient = new LinkedHashMap<>();
		for (MessageRepository.Claimed claimed : due) {
			byRecipient
				.computeIfAbsent(claimed.shop().value() + " " + claimed.message().channel() + " "
						+ claimed.message().recipient(), recipient -> new ArrayList<>())
				.add(claimed);
		}
		Queue<List<MessageRepository.Claimed>> work = new ConcurrentLinkedQueue<>(byRecipient.values());
		// A shop is read once per round, not once per message.
		Map<ShopId, Shop> shopsOfRound = new ConcurrentHashMap<>();
		int workers = Math.min(this.properties.sendConcurrency(), byRecipient.size());
		if (workers <= 1) {
			drain(work, shopsOfRound);
		}
		else {
			try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int i = 0; i < workers; i++) {
					pool.execute(() -> drain(work, shopsOfRound));
				}
			}
		}
		return due.size();
	}

	private void drain(Queue<List<MessageRepository.Claimed>> work, Map<ShopId, Shop> shopsOfRound) {
		List<MessageRepository.Claimed> messages;
		while ((messages = work.poll()) != null) {
			for (MessageRepository.Claimed claimed : messages) {
				try {
					dispatch(claimed, shopsOfRound);
				}
				catch (RuntimeException ex) {
					// Unexpected (a template error, a vanished order): count the attempt,
					// try later.
					log.warn("Message {} could not be dispatched", claimed.message().id(), ex);
					retry(claimed, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
				}
			}
		}
	}

	private void dispatch(MessageRepository.Claimed claimed, Map<ShopId, Shop> shopsOfRound) {
		Message message = claimed.message();
		Instant now = this.clock.instant();
		if (claimed.fallbackOf() != null) {
			Message primary = this.messages.find(claimed.shop(), claimed.fallbackOf()).orElse(null);
			if (primary != null
					&& (primary.status() == MessageStatus.OPENED || primary.status() == MessageStatus.CLICKED)) {
				finish(claimed, MessageStatus.SKIPPED, "the " + primary.channel().code() + " message was noticed");
				return;
			}
		}
		Channel channel = message.channel();
		if (Experiments.HOLDOUT.equals(message.variant())) {
			finish(claimed, MessageStatus.SKIPPED, "holdout group of the experiment");
			return;
		}
		if (this.consents.suppressed(claimed.shop(), channel, message.recipient())) {
			finish(claimed, MessageStatus.SUPPRESSED, "address is on the suppression list");
			return;
		}
		if (!this.consents.allows(claimed.shop(), message.recipient(), channel, message.trigger().topic())) {
			finish(claimed, MessageStatus.NO_CONSENT, "no " + message.trigger().topic().name().toLowerCase(Locale.ROOT)
					+ " consent for " + channel.code());
			return;
		}
		if (channel.respectsQuietHours()) {
			Instant release = this.quietHours.release(now, ZoneId.of(claimed.recipientZone()));
			if (release.isAfter(now)) {
				this.messages.reschedule(claimed.shop(), message.id(), release, now,
						"held for quiet hours in " + claimed.recipientZone() + " until " + release);
				return;
			}
		}
		Instant dayAgo = now.minus(Duration.ofDays(1));
		if (this.messages.sentSince(claimed.shop(), channel, message.recipient(), dayAgo) >= this.properties
			.frequencyCap()) {
			Instant next = this.messages.oldestSentSince(claimed.shop(), channel, message.recipient(), dayAgo)
				.map(oldest -> oldest.plus(Duration.ofDays(1)))
				.orElse(now.plus(Duration.ofHours(1)));
			this.messages.reschedule(claimed.shop(), message.id(), next, now, "frequency cap reached");
			return;
		}
		OutgoingMessage outgoing = this.transactions.execute(status -> prepare(claimed, now, shopsOfRound));
		SendResult result = Timer.builder("doorstep.notification.send")
			.description("Handing one message to its provider")
			.tag("channel", channel.code())
			.register(this.meters)
			.record(() -> this.senders.forChannel(channel).send(outgoing));
		switch (result) {
			case SendResult.Sent sent -> this.transactions.executeWithoutResult(status -> {
				this.messages.sent(claimed.shop(), message.id(), sent.provider(), sent.providerId(),
						this.clock.instant());
				this.events.publishEvent(
						new MessageSent(message.id(), claimed.shop(), message.orderId(), message.trigger(), channel));
			});
			case SendResult.Rejected rejected -> fail(claimed, rejected.reason());
			case SendResult.Retry retry -> retry(claimed, retry.reason(), retry.retryAfter());
		}
	}

	/** Merges a digest, renders and stores the content: all or nothing. */
	private OutgoingMessage prepare(MessageRepository.Claimed claimed, Instant now, Map<ShopId, Shop> shopsOfRound) {
		Message message = claimed.message();
		Shop shop = shopsOfRound.computeIfAbsent(claimed.shop(), this.shops::get);
		Order order = this.orders.get(claimed.shop(), message.orderId());
		Map<String, Shipment> parcels = new LinkedHashMap<>();
		if (message.shipmentId() != null) {
			Shipment shipment = this.shipments.get(claimed.shop(), message.shipmentId());
			parcels.put(shipment.id().value().toString(), shipment);
		}
		if (claimed.digestKey() != null) {
			for (MessageRepository.Claimed sibling : this.messages.lockDigestSiblings(claimed.shop(),
					claimed.digestKey(), message.id())) {
				if (sibling.message().shipmentId() != null) {
					Shipment shipment = this.shipments.get(claimed.shop(), sibling.message().shipmentId());
					parcels.putIfAbsent(shipment.id().value().toString(), shipment);
				}
				this.messages.merged(claimed.shop(), sibling.message().id(), message.id(), now);
			}
		}
		boolean email = message.channel() == Channel.EMAIL;
		// Opens and clicks are off unless the shop turned them on; only emails ask.
		NotificationSettings settings = email ? this.settings.get(claimed.shop())
				: new NotificationSettings(false, false, false);
		List<Renderer.Parcel> rendered = new ArrayList<>();
		for (Shipment shipment : parcels.values()) {
			String url = this.links.absolute(this.trackingLinks.url(shipment));
			rendered.add(new Renderer.Parcel(shipment,
					email && settings.trackClicks() ? this.links.clickUrl(message.id(), url) : url,
					this.shipments.carrierEstimate(claimed.shop(), shipment.id()).orElse(null)));
		}
		String unsubscribe = email ? this.links.unsubscribeUrl(message.id()) : null;
		String pixel = email && settings.trackOpens() ? this.links.openPixelUrl(message.id()) : null;
		Renderer.Facts facts = new Renderer.Facts(shop, order, rendered, message.trigger(), message.channel(),
				Locale.forLanguageTag(message.locale()), unsubscribe, pixel, variant(claimed), claimed.event());
		Renderer.Rendered content = this.renderTimer.record(() -> this.renderer.render(facts));
		String text = email ? content.text() : content.shortText();
		Map<String, String> headers = new LinkedHashMap<>();
		if (unsubscribe != null) {
			// RFC 8058: mail clients may unsubscribe with one POST, without opening a
			// page.
			headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
			headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("orderNumber", order.orderNumber());
		parameters.put("shopName", shop.name());
		if (!rendered.isEmpty()) {
			parameters.put("trackingUrl", rendered.getFirst().trackingUrl());
			parameters.put("carrier", rendered.getFirst().shipment().carrier().displayName());
		}
		if (order.customer().firstName() != null) {
			parameters.put("firstName", order.customer().firstName());
		}
		OutgoingMessage outgoing = new OutgoingMessage(message.id(), claimed.shop(), message.channel(),
				message.trigger(), message.recipient(), message.locale(), shop.name(), email ? content.subject() : null,
				text, email ? content.html() : null, headers, parameters);
		// Stored as the provider sends it (WhatsApp: template and parameters), so the
		// record and the dev mailbox show what the recipient gets.
		this.messages.rendered(claimed.shop(), message.id(), outgoing.subject(), this.senders.recordedText(outgoing),
				outgoing.html());
		return outgoing;
	}

	private JourneyStep.@Nullable Variant variant(MessageRepository.Claimed claimed) {
		Message message = claimed.message();
		if (message.variant() == null) {
			return null;
		}
		return this.journeys.find(claimed.shop(), message.journeyId())
			.flatMap(
					journey -> journey.sends().stream().filter(send -> send.channel() == message.channel()).findFirst())
			.map(send -> Experiments.variant(send.experiment(), message.variant()))
			.orElse(null);
	}

	private void retry(MessageRepository.Claimed claimed, String reason,
			java.time.@org.jspecify.annotations.Nullable Duration after) {
		Message message = claimed.message();
		Instant now = this.clock.instant();
		int attempts = message.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			fail(claimed, "gave up after " + attempts + " attempts: " + reason);
			return;
		}
		// 30 s, 1 min, 2 min, ... at most 1 h, never before the provider's Retry-After.
		Duration wait = Duration.ofSeconds(30L << Math.min(attempts - 1, 7));
		if (wait.compareTo(Duration.ofHours(1)) > 0) {
			wait = Duration.ofHours(1);
		}
		if (after != null && after.compareTo(wait) > 0) {
			wait = after;
		}
		this.messages.retry(claimed.shop(), message.id(), now.plus(wait), reason, now);
	}

	private void fail(MessageRepository.Claimed claimed, String reason) {
		Message message = claimed.message();
		this.transactions.executeWithoutResult(status -> {
			this.messages.finish(claimed.shop(), message.id(), MessageStatus.FAILED, reason, this.clock.instant());
			this.events.publishEvent(new MessageFailed(message.id(), claimed.shop(), message.orderId(),
					message.trigger(), message.channel(), reason));
		});
	}

	private void finish(MessageRepository.Claimed claimed, MessageStatus status, String detail) {
		this.messages.finish(claimed.shop(), claimed.message().id(), status, detail, this.clock.instant());
	}

}
