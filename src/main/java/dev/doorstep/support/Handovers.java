package dev.doorstep.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.claim.Claim;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.support.handover.HandoverProperties;
import dev.doorstep.support.handover.HandoverRepository;
import dev.doorstep.support.handover.HelpdeskAdapter;
import dev.doorstep.support.handover.Ticket;
import dev.doorstep.support.handover.TicketResult;
import dev.doorstep.support.internal.OrderFacts;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a conversation over to the shop's people: an email to the shop's support address
 * with the question, the order's context and the conversation so far, and, where the shop
 * configured one, a ticket in its helpdesk ({@link HelpdeskAdapter}). The email goes out
 * whether or not the helpdesk takes the ticket. Also the shop's opening hours and
 * helpdesk settings.
 */
@Service
public class Handovers {

	private static final Logger log = LoggerFactory.getLogger(Handovers.class);

	/** Earlier questions of the order put into the email. */
	private static final int CONVERSATION_LIMIT = 10;

	private final Shops shops;

	private final Assistant assistant;

	private final OrderFacts.Loader facts;

	private final DeliveryTexts deliveryTexts;

	private final HandoverRepository repository;

	private final List<HelpdeskAdapter> adapters;

	private final ObjectProvider<JavaMailSender> mail;

	private final HandoverProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Handovers(Shops shops, Assistant assistant, OrderFacts.Loader facts, DeliveryTexts deliveryTexts,
			HandoverRepository repository, List<HelpdeskAdapter> adapters, ObjectProvider<JavaMailSender> mail,
			HandoverProperties properties, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.shops = shops;
		this.assistant = assistant;
		this.facts = facts;
		this.deliveryTexts = deliveryTexts;
		this.repository = repository;
		this.adapters = List.copyOf(adapters);
		this.mail = mail;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sends the hand-over; the result says what reached the shop and what to show. The
	 * email and the helpdesk call happen outside a transaction (a slow helpdesk must not
	 * hold a database connection); the record and its event are written in one.
	 */
	public HandoverResult handOver(HandoverRequest request) {
		Shop shop = this.shops.get(request.shop());
		Intent intent = this.assistant.understand(request.question()).intent();
		Question question = new Question(shop.id(), request.order(), request.shipment(), request.question(),
				request.language(), request.channel());
		Optional<OrderFacts> order = this.facts.load(shop, question);
		String replyTo = order.map(known -> known.order().customer().email()).orElse(request.replyTo());
		String body = body(shop, request, intent, order);
		String subject = "[Doorstep] " + intent.name().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ order.map(known -> " – order " + known.order().orderNumber()).orElse("");
		boolean sent = email(shop, subject, body, replyTo);
		String provider = null;
		String ticketId = null;
		String ticketError = null;
		Optional<HelpdeskSettings> helpdesk = this.repository.helpdesk(shop.id());
		if (helpdesk.isPresent()) {
			provider = helpdesk.get().provider();
			String requester = (replyTo != null) ? replyTo : shop.support().email();
			TicketResult result = (requester == null) ? new TicketResult.Failed("no requester email")
					: adapter(provider).map(adapter -> adapter.create(helpdesk.get(),
							new Ticket(subject, body, order.map(OrderFacts::order).map(Handovers::name).orElse(null),
									requester, List.of("doorstep", intent.name().toLowerCase(Locale.ROOT)))))
						.orElseGet(() -> new TicketResult.Failed("unknown provider"));
			switch (result) {
				case TicketResult.Created created -> ticketId = created.id();
				case TicketResult.Failed failed -> {
					ticketError = failed.reason();
					log.warn("Helpdesk ticket for shop {} via {} failed: {}", shop.id().value(), provider,
							failed.reason());
				}
			}
		}
		Instant now = record(shop.id(), request.order(), request.channel(), intent, sent, provider, ticketId,
				ticketError);
		ZoneId zone = (request.shopperZone() != null) ? request.shopperZone() : shop.timeZone();
		OpeningHours hours = openingHours(shop.id());
		return new HandoverResult(sent, ticketId, shop.support(),
				hours.render(now, shop.timeZone(), zone, request.language()), zone.getId(),
				hours.openAt(now, shop.timeZone()));
	}

	/**
	 * A caller on the phone line asked for a person and is being put through to the
	 * shop's support number: a hand-over like the email one, so the deflection rate
	 * counts it, though nothing is sent.
	 * @param intent what the caller had asked before
	 */
	public void callForwarded(ShopId shop, @Nullable OrderId order, Intent intent) {
		record(shop, order, Channel.PHONE, intent, false, "phone", null, null);
	}

	/** Stores the hand-over and announces it, in one transaction; returns its time. */
	private Instant record(ShopId shop, @Nullable OrderId order, Channel channel, Intent intent, boolean emailSent,
			@Nullable String provider, @Nullable String ticketId, @Nullable String ticketError) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult(status -> {
			this.repository.insertHandover(shop, id, order, channel, intent, emailSent, provider, ticketId, ticketError,
					now);
			this.events.publishEvent(new HandedOver(shop, id, intent, channel, ticketId, now));
		});
		return now;
	}

	/** The shop's contacts and opening hours as a shopper in {@code zone} reads them. */
	public HandoverResult contacts(ShopId shopId, @Nullable ZoneId zone, Locale locale) {
		Shop shop = this.shops.get(shopId);
		ZoneId shown = (zone != null) ? zone : shop.timeZone();
		Instant now = this.clock.instant();
		OpeningHours hours = openingHours(shopId);
		return new HandoverResult(false, null, shop.support(), hours.render(now, shop.timeZone(), shown, locale),
				shown.getId(), hours.openAt(now, shop.timeZone()));
	}

	/** Whether the shop's support is open now; without hours, never. */
	public boolean openNow(ShopId shopId) {
		return openingHours(shopId).openAt(this.clock.instant(), this.shops.get(shopId).timeZone());
	}

	public OpeningHours openingHours(ShopId shop) {
		return this.repository.openingHours(shop);
	}

	@Transactional
	public OpeningHours saveOpeningHours(ShopId shop, OpeningHours hours) {
		this.repository.saveOpeningHours(shop, hours);
		return this.repository.openingHours(shop);
	}

	/** The helpdesk settings, the secret masked. */
	public Optional<HelpdeskSettings> helpdesk(ShopId shop) {
		return this.repository.helpdesk(shop).map(HelpdeskSettings::masked);
	}

	/** The providers there are adapters for. */
	public List<String> providers() {
		return this.adapters.stream().map(HelpdeskAdapter::provider).sorted().toList();
	}

	/**
	 * Saves the helpdesk; a blank or masked token keeps the stored one (forms and API
	 * clients send back what they were shown).
	 */
	@Transactional
	public HelpdeskSettings saveHelpdesk(ShopId shop, HelpdeskSettings settings) {
		String provider = settings.provider().strip().toLowerCase(Locale.ROOT);
		HelpdeskAdapter adapter = adapter(provider)
			.orElseThrow(() -> new InvalidRequestException("provider", "must be one of " + providers()));
		String account = settings.account().strip().toLowerCase(Locale.ROOT);
		if (!adapter.validAccount(account)) {
			throw new InvalidRequestException("account",
					"must be the subdomain only, e.g. acme for acme." + provider + ".com");
		}
		String email = (settings.email() == null || settings.email().isBlank()) ? null : settings.email().strip();
		if ("zendesk".equals(provider) && (email == null || !email.contains("@"))) {
			throw new InvalidRequestException("email", "Zendesk needs the agent email the API token belongs to");
		}
		String token = settings.apiToken().strip();
		if (token.isEmpty() || token.startsWith("****")) {
			token = this.repository.helpdesk(shop)
				.map(HelpdeskSettings::apiToken)
				.orElseThrow(() -> new InvalidRequestException("apiToken", "is required"));
		}
		HelpdeskSettings saved = new HelpdeskSettings(provider, account, email, token);
		this.repository.saveHelpdesk(shop, saved, this.clock.instant());
		return saved.masked();
	}

	@Transactional
	public void deleteHelpdesk(ShopId shop) {
		this.repository.deleteHelpdesk(shop);
	}

	private Optional<HelpdeskAdapter> adapter(String provider) {
		return this.adapters.stream().filter(adapter -> adapter.provider().equals(provider)).findFirst();
	}

	private boolean email(Shop shop, String subject, String body, @Nullable String replyTo) {
		String to = shop.support().email();
		JavaMailSender sender = this.mail.getIfAvailable();
		if (to == null || sender == null) {
			log.info("Hand-over for shop {} not emailed: {}", shop.id().value(),
					(to == null) ? "the shop has no support email" : "no mail server configured");
			return false;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.properties.from(), shop.name() + " via Doorstep");
			helper.setTo(to);
			if (replyTo != null) {
				helper.setReplyTo(replyTo);
			}
			helper.setSubject(subject);
			helper.setText(body, false);
			sender.send(message);
			return true;
		}
		catch (Exception ex) {
			log.warn("Hand-over email for shop {} failed: {}", shop.id().value(), ex.getClass().getSimpleName());
			return false;
		}
	}

	/**
	 * The email and ticket text: for the shop's staff, in English with the shop's dates.
	 */
	private String body(Shop shop, HandoverRequest request, Intent intent, Optional<OrderFacts> order) {
		Locale locale = Locale.of(shop.defaultLocale());
		List<String> lines = new ArrayList<>();
		lines.add("A shopper asked to be contacted (" + request.channel().name().toLowerCase(Locale.ROOT) + ", "
				+ request.language().getLanguage() + ").");
		lines.add("");
		lines.add("Question: " + request.question());
		lines.add("Understood as: " + intent.name());
		if (order.isEmpty() && request.replyTo() != null) {
			lines.add("Reply to: " + request.replyTo());
		}
		order.ifPresent(known -> {
			Order o = known.order();
			lines.add("");
			lines.add("Order " + o.orderNumber() + " (" + o.status().name() + ")");
			lines.add("Customer: " + Optional.ofNullable(name(o)).orElse("-") + " <"
					+ Optional.ofNullable(o.customer().email()).orElse("-") + ">");
			Shipment parcel = known.shipment();
			if (parcel == null) {
				lines.add("Parcel: not shipped yet");
			}
			else {
				lines.add("Parcel: " + parcel.carrier().displayName() + " " + parcel.trackingNumber() + ", status "
						+ parcel.status().name());
			}
			if (known.promise() != null) {
				lines.add("Delivery window: " + this.deliveryTexts.window(known.promise().current().window(), locale));
			}
			else if (parcel != null && parcel.promisedDeliveryDate() != null) {
				lines.add("Promised delivery: " + parcel.promisedDeliveryDate());
			}
			for (ReturnRequest ret : known.returns()) {
				lines.add("Return " + ret.rma() + ": " + ret.status().name());
			}
			if (known.claims() != null) {
				for (Claim claim : known.claims().claims()) {
					lines.add("Claim " + claim.number() + " (" + claim.type().name() + "): " + claim.status().name());
				}
			}
			List<String[]> earlier = this.repository.conversationSoFar(shop.id(), o.id(), CONVERSATION_LIMIT);
			if (!earlier.isEmpty()) {
				lines.add("");
				lines.add("Conversation so far (personal data masked):");
				for (String[] turn : earlier) {
					lines.add("> " + turn[0]);
					lines.add(turn[1]);
				}
			}
		});
		if (order.isEmpty()) {
			lines.add("");
			lines.add("No order given.");
		}
		lines.add("");
		lines.add("Sent by Doorstep's support assistant.");
		return String.join("\n", lines);
	}

	private static @Nullable String name(Order order) {
		String name = String.join(" ",
				java.util.stream.Stream.of(order.customer().firstName(), order.customer().lastName())
					.filter(part -> part != null && !part.isBlank())
					.toList());
		return name.isBlank() ? null : name;
	}

}
