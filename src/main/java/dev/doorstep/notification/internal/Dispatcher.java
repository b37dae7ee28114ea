package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.JourneyVariants;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageFailed;
import dev.doorstep.notification.MessageSent;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.NotificationSettings;
import dev.doorstep.notification.Settings;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages. A round's messages are claimed with a lease, and what their checks
 * need (suppression, consent, frequency cap, orders) is read for the whole round at once;
 * each message is then checked, rendered and handed to its provider outside any
 * transaction, and recorded as sent with its content right after, in groups (see
 * {@link SentLog}). A crash after claiming leaves the lease to run out and the message is
 * taken again; only a send in flight at the crash, or sent but not yet recorded (one
 * group write, a few milliseconds), can go out twice.
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

	private final Map<Channel, Timer> sendTimers = new ConcurrentHashMap<>();

	private final JourneyVariants variants;

	/** Parsed language tags (a handful; parsing showed in the profile). */
	private final Map<String, Locale> locales = new ConcurrentHashMap<>();

	Dispatcher(MessageRepository messages, Consents consents, ChannelSenders senders, Renderer renderer, Links links,
			Orders orders, Shipments shipments, TrackingLinks trackingLinks, Shops shops,
			NotificationProperties properties, Settings settings, JourneyRepository journeys,
			TransactionTemplate transactions, ApplicationEventPublisher events, MeterRegistry meters, Clock clock,
			ObjectProvider<JourneyVariants> variants) {
		this.variants = variants.getIfAvailable(() -> JourneyVariants.NONE);
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
		if (due.isEmpty()) {
			return 0;
		}
		// One recipient's messages go one after another (the frequency cap counts what
		// was sent before); different recipients in parallel, as a message spends most
		// of its time waiting for the database and the provider.
		Map<String, List<MessageRepository.Claimed>> byRecipient = new LinkedHashMap<>();
		for (MessageRepository.Claimed claimed : due) {
			byRecipient.computeIfAbsent(recipientKey(claimed), recipient -> new ArrayList<>()).add(claimed);
		}
		Queue<List<MessageRepository.Claimed>> work = new ConcurrentLinkedQueue<>(byRecipient.values());
		Round round = new Round(due, now);
		int workers = Math.min(this.properties.sendConcurrency(), byRecipient.size());
		try {
			if (workers <= 1) {
				drain(work, round);
			}
			else {
				try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
					for (int i = 0; i < workers; i++) {
						pool.execute(() -> drain(work, round));
					}
				}
			}
		}
		finally {
			round.sends.flushAll();
		}
		return due.size();
	}

	private void drain(Queue<List<MessageRepository.Claimed>> work, Round round) {
		List<MessageRepository.Claimed> messages;
		while ((messages = work.poll()) != null) {
			for (MessageRepository.Claimed claimed : messages) {
				try {
					dispatch(claimed, round);
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

	private void dispatch(MessageRepository.Claimed claimed, Round round) {
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
		if (JourneyVariants.isHoldout(message.variant())) {
			finish(claimed, MessageStatus.SKIPPED, "holdout group of the experiment");
			return;
		}
		if (round.suppressed(claimed)) {
			finish(claimed, MessageStatus.SUPPRESSED, "address is on the suppression list");
			return;
		}
		if (!round.allowed(claimed)) {
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
		MessageRepository.SentSince sent = round.sentWithinDay(claimed);
		if (sent.count() >= this.properties.frequencyCap()) {
			Instant next = (sent.count() > 0) ? sent.oldest().plus(Duration.ofDays(1)) : now.plus(Duration.ofHours(1));
			this.messages.reschedule(claimed.shop(), message.id(), next, now, "frequency cap reached");
			return;
		}
		// Only a digest writes before the send (its siblings merge into it); otherwise
		// the
		// content is stored with the outcome, in one write.
		Prepared prepared = (claimed.digestKey() != null)
				? this.transactions.execute(status -> prepare(claimed, now, round)) : prepare(claimed, now, round);
		OutgoingMessage outgoing = prepared.outgoing();
		SendResult result = this.sendTimers
			.computeIfAbsent(channel,
					key -> Timer.builder("doorstep.notification.send")
						.description("Handing one message to its provider")
						.tag("channel", key.code())
						.register(this.meters))
			.record(() -> this.senders.forChannel(channel).send(outgoing));
		switch (result) {
			case SendResult.Sent handed -> {
				Instant at = this.clock.instant();
				round.sentTo(claimed, at);
				round.sends.add(
						new MessageRepository.Sent(claimed.shop(), message.id(), handed.provider(), handed.providerId(),
								outgoing.subject(), prepared.recordedText(), outgoing.html(), at),
						new MessageSent(message.id(), claimed.shop(), message.orderId(), message.trigger(), channel));
			}
			case SendResult.Rejected rejected -> {
				stored(claimed, prepared);
				fail(claimed, rejected.reason());
			}
			case SendResult.Retry retry -> {
				stored(claimed, prepared);
				retry(claimed, retry.reason(), retry.retryAfter());
			}
		}
	}

	/** A rendered message and its body as recorded. */
	private record Prepared(OutgoingMessage outgoing, String recordedText) {
	}

	/** Merges a digest and renders: all or nothing. */
	private Prepared prepare(MessageRepository.Claimed claimed, Instant now, Round round) {
		Message message = claimed.message();
		Shop shop = round.shop(claimed.shop());
		Order order = round.order(claimed.shop(), message.orderId());
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
		NotificationSettings settings = email ? round.settings(claimed.shop())
				: new NotificationSettings(false, false, false);
		List<Renderer.Parcel> rendered = new ArrayList<>();
		for (Shipment shipment : parcels.values()) {
			String url = this.links.absolute(this.trackingLinks.url(shipment));
			rendered.add(new Renderer.Parcel(shipment,
					email && settings.trackClicks() ? this.links.clickUrl(claimed.shop(), message.id(), url) : url,
					this.shipments.carrierEstimate(claimed.shop(), shipment.id()).orElse(null)));
		}
		String unsubscribe = email ? this.links.unsubscribeUrl(claimed.shop(), message.id()) : null;
		String pixel = email && settings.trackOpens() ? this.links.openPixelUrl(claimed.shop(), message.id()) : null;
		Renderer.Facts facts = new Renderer.Facts(shop, order, rendered, message.trigger(), message.channel(),
				this.locales.computeIfAbsent(message.locale(), Locale::forLanguageTag), unsubscribe, pixel,
				variant(claimed),
				email && settings.trackClicks() ? EventFacts.withLinks(message.trigger(), claimed.event(),
						url -> this.links.clickUrl(claimed.shop(), message.id(), url)) : claimed.event());
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
		// An event from outside travels on as it came (the merchant's webhook passes it
		// on
		// to their CRM): its reference and facts under "event.".
		if (message.reference() != null) {
			parameters.put("event.reference", message.reference());
		}
		claimed.event().forEach((key, value) -> parameters.put("event." + key, value));
		OutgoingMessage outgoing = new OutgoingMessage(message.id(), claimed.shop(), message.channel(),
				message.trigger(), message.recipient(), message.locale(), shop.name(), email ? content.subject() : null,
				text, email ? content.html() : null, headers, parameters);
		// Recorded as the provider sends it (WhatsApp: template and parameters), so the
		// record and the dev mailbox show what the recipient gets.
		return new Prepared(outgoing, this.senders.recordedText(outgoing));
	}

	/** The content of a message that did not go out, for the record. */
	private void stored(MessageRepository.Claimed claimed, Prepared prepared) {
		OutgoingMessage outgoing = prepared.outgoing();
		this.messages.rendered(claimed.shop(), claimed.message().id(), outgoing.subject(), prepared.recordedText(),
				outgoing.html());
	}

	private static String recipientKey(MessageRepository.Claimed claimed) {
		return claimed.shop().value() + " " + claimed.message().channel() + " " + claimed.message().recipient();
	}

	/** A (shop, channel) pair, or a (shop, channel, topic) triple, of a round. */
	private record Group(ShopId shop, Channel channel, @Nullable Topic topic) {
	}

	/**
	 * What one round of claimed messages needs, read for all of them at once: shops,
	 * settings and orders, suppressions, consents and recent sends (the frequency cap).
	 * Held for the round only (a second or so), never across rounds, so nothing stale
	 * outlives it.
	 */
	private final class Round {

		private final Map<ShopId, Shop> shops = new ConcurrentHashMap<>();

		private final Map<ShopId, NotificationSettings> settings = new ConcurrentHashMap<>();

		private final Map<OrderId, Order> orders = new HashMap<>();

		private final Map<Group, Set<String>> suppressed = new HashMap<>();

		private final Map<Group, Set<String>> allowed = new HashMap<>();

		/** Sends in the last 24 h per recipient, counting this round's as they happen. */
		private final Map<String, MessageRepository.SentSince> sentWithinDay = new ConcurrentHashMap<>();

		private final SentLog sends = new SentLog();

		Round(List<MessageRepository.Claimed> due, Instant now) {
			Map<Group, Set<String>> recipients = new HashMap<>();
			Map<Group, Set<String>> contacts = new HashMap<>();
			Map<ShopId, Set<OrderId>> orderIds = new HashMap<>();
			for (MessageRepository.Claimed claimed : due) {
				Message message = claimed.message();
				recipients.computeIfAbsent(new Group(claimed.shop(), message.channel(), null), key -> new HashSet<>())
					.add(message.recipient());
				contacts
					.computeIfAbsent(new Group(claimed.shop(), message.channel(), message.trigger().topic()),
							key -> new HashSet<>())
					.add(message.recipient());
				orderIds.computeIfAbsent(claimed.shop(), key -> new HashSet<>()).add(message.orderId());
			}
			Instant dayAgo = now.minus(Duration.ofDays(1));
			recipients.forEach((group, addresses) -> {
				this.suppressed.put(group,
						Dispatcher.this.consents.suppressedAmong(group.shop(), group.channel(), addresses));
				Dispatcher.this.messages.sentSinceAmong(group.shop(), group.channel(), addresses, dayAgo)
					.forEach((recipient, sent) -> this.sentWithinDay
						.put(group.shop().value() + " " + group.channel() + " " + recipient, sent));
			});
			contacts.forEach((group, addresses) -> this.allowed.put(group, Dispatcher.this.consents
				.allowedAmong(group.shop(), group.channel(), Objects.requireNonNull(group.topic()), addresses)));
			orderIds.forEach((shop, ids) -> Dispatcher.this.orders.findAll(shop, ids)
				.forEach(order -> this.orders.put(order.id(), order)));
		}

		Shop shop(ShopId shop) {
			return this.shops.computeIfAbsent(shop, Dispatcher.this.shops::get);
		}

		NotificationSettings settings(ShopId shop) {
			return this.settings.computeIfAbsent(shop, Dispatcher.this.settings::get);
		}

		Order order(ShopId shop, OrderId id) {
			Order order = this.orders.get(id);
			// Not read with the round (gone meanwhile?): as before, one by one.
			return (order != null && order.shopId().equals(shop)) ? order : Dispatcher.this.orders.get(shop, id);
		}

		boolean suppressed(MessageRepository.Claimed claimed) {
			Channel channel = claimed.message().channel();
			return this.suppressed.getOrDefault(new Group(claimed.shop(), channel, null), Set.of())
				.contains(Consents.normalize(channel, claimed.message().recipient()));
		}

		boolean allowed(MessageRepository.Claimed claimed) {
			Message message = claimed.message();
			return this.allowed
				.getOrDefault(new Group(claimed.shop(), message.channel(), message.trigger().topic()), Set.of())
				.contains(Consents.normalize(message.channel(), message.recipient()));
		}

		MessageRepository.SentSince sentWithinDay(MessageRepository.Claimed claimed) {
			MessageRepository.SentSince sent = this.sentWithinDay.get(recipientKey(claimed));
			return (sent != null) ? sent : new MessageRepository.SentSince(0, Instant.MAX);
		}

		void sentTo(MessageRepository.Claimed claimed, Instant at) {
			this.sentWithinDay.merge(recipientKey(claimed), new MessageRepository.SentSince(1, at),
					(before, now) -> new MessageRepository.SentSince(before.count() + 1,
							before.oldest().isBefore(now.oldest()) ? before.oldest() : now.oldest()));
		}

	}

	/**
	 * Sent messages waiting to be recorded, written in groups (group commit): a sender
	 * that finds no write running writes everything waiting, in one statement and one
	 * transaction; the others go on sending meanwhile and their sends join the next
	 * write. So a send waits for at most one write before it is recorded, and a crash
	 * repeats only the sends of about one write's duration (each still claimed, so it
	 * does go out again) besides those in flight.
	 */
	private final class SentLog {

		private record Pending(MessageRepository.Sent sent, MessageSent event) {
		}

		private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

		private final ReentrantLock writing = new ReentrantLock();

		void add(MessageRepository.Sent sent, MessageSent event) {
			this.pending.add(new Pending(sent, event));
			// Checked again after each write: a send added while it ran is not left
			// behind.
			while (!this.pending.isEmpty() && this.writing.tryLock()) {
				try {
					write();
				}
				finally {
					this.writing.unlock();
				}
			}
		}

		/** Writes what is left, waiting for a running write (end of the round). */
		void flushAll() {
			this.writing.lock();
			try {
				while (!this.pending.isEmpty()) {
					write();
				}
			}
			finally {
				this.writing.unlock();
			}
		}

		private void write() {
			List<Pending> batch = new ArrayList<>();
			Pending next;
			while ((next = this.pending.poll()) != null) {
				batch.add(next);
			}
			if (batch.isEmpty()) {
				return;
			}
			try {
				Dispatcher.this.transactions.executeWithoutResult(status -> {
					Dispatcher.this.messages.sentAll(batch.stream().map(Pending::sent).toList());
					batch.forEach(pending -> Dispatcher.this.events.publishEvent(pending.event()));
				});
			}
			catch (RuntimeException ex) {
				// They stay claimed: when the lease runs out they are sent again, as
				// after a
				// crash.
				log.warn("{} sent messages could not be recorded as sent", batch.size(), ex);
			}
		}

	}

	private JourneyStep.@Nullable Variant variant(MessageRepository.Claimed claimed) {
		Message message = claimed.message();
		if (message.variant() == null) {
			return null;
		}
		if (JourneyVariants.isOutside(message.variant())) {
			return this.variants.copy(claimed.shop(), message.variant()).orElse(null);
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
