package dev.doorstep.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.OptInCodes;
import dev.doorstep.notification.OrderChoices;
import dev.doorstep.notification.OrderContacts;
import dev.doorstep.notification.OrderUpdatesStopped;
import dev.doorstep.notification.Topic;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopper's notification choices for one order, made on its tracking page: email on
 * or off, SMS after a code sent to the number (double opt-in), WhatsApp by ticking a box,
 * marketing (review requests) only when ticked, and everything off at once. Every change
 * is a row in the consent ledger with {@value #SOURCE} as its source; the token of the
 * page is the authorization.
 */
@Component
public class Preferences {

	/** The consent ledger's source for everything done here. */
	public static final String SOURCE = "tracking-page";

	/** The parcel behind a token, with its shop and order. */
	public record Target(Shop shop, Order order, Shipment shipment) {
	}

	/** What a form led to. */
	public sealed interface Outcome permits Done, Invalid {

	}

	/** Done; {@code key} names it for the status line after the redirect. */
	public record Done(String key) implements Outcome {
	}

	/** Nothing changed; the errors go next to their fields. */
	public record Invalid(Map<String, Updates.FieldError> errors, Map<String, String> values) implements Outcome {
	}

	/** The ticks of the preferences form. */
	public record Choices(boolean email, boolean marketing, boolean whatsapp, @Nullable String whatsappPhone,
			boolean smsShown, boolean sms) {
	}

	private final Shipments shipments;

	private final Shops shops;

	private final Orders orders;

	private final Consents consents;

	private final OptInCodes codes;

	private final OrderContacts contacts;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Notifications notifications;

	Preferences(Shipments shipments, Shops shops, Orders orders, Consents consents, OptInCodes codes,
			OrderContacts contacts, MessageSource messages, ApplicationEventPublisher events,
			Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.shipments = shipments;
		this.shops = shops;
		this.orders = orders;
		this.consents = consents;
		this.codes = codes;
		this.contacts = contacts;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Target> target(String token) {
		return this.shipments.findByToken(token).flatMap(this::target);
	}

	/** The target of a parcel the caller has just read. */
	public Optional<Target> target(Shipment shipment) {
		return this.shops.find(shipment.shopId())
			.flatMap(shop -> this.orders.find(shop.id(), shipment.orderId())
				.map(order -> new Target(shop, order, shipment)));
	}

	/** The section as it stands, with the errors and typed values of a failed form. */
	public Updates view(Target target, Locale locale, @Nullable String done, @Nullable Invalid invalid) {
		String email = email(target);
		String orderPhone = orderPhone(target.order());
		var shop = target.shop().id();
		// One query for all of it; the page shows it on every view.
		OrderChoices choices = this.contacts.choices(shop, target.order().id(), email, orderPhone);
		String sms = choices.number(Channel.SMS).orElse(orderPhone);
		String whatsapp = choices.number(Channel.WHATSAPP).orElse(orderPhone);
		boolean smsOn = sms != null && choices.granted(sms, Channel.SMS, Topic.TRANSACTIONAL);
		boolean whatsappOn = whatsapp != null && choices.granted(whatsapp, Channel.WHATSAPP, Topic.TRANSACTIONAL);
		Optional<OptInCodes.Pending> pending = choices.pending();
		Map<String, Updates.FieldError> errors = (invalid != null) ? invalid.errors() : Map.of();
		long minutes = pending
			.map(code -> Math.max(1, (Duration.between(this.clock.instant(), code.expiresAt()).toSeconds() + 59) / 60))
			.orElse(0L);
		return new Updates(target.shipment().publicToken(), locale.getLanguage(), done,
				(email != null) ? maskEmail(email) : null,
				email != null && this.consents.allows(shop, choices, email, Channel.EMAIL, Topic.TRANSACTIONAL),
				email != null && choices.granted(email, Channel.EMAIL, Topic.MARKETING),
				(orderPhone != null) ? maskPhone(orderPhone) : null, smsOn, smsOn ? maskPhone(sms) : null,
				pending.map(code -> maskPhone(code.contact())).orElse(null), minutes,
				(pending.isPresent() && !errors.containsKey("phone")) || errors.containsKey("code"), whatsappOn,
				whatsappOn ? maskPhone(whatsapp) : null, errors, (invalid != null) ? invalid.values() : Map.of(),
				// The Messenger link only where a Facebook page is connected.
				!this.notifications.devMailbox(Channel.MESSENGER));
	}

	/** Applies the preferences form: only what changed is written to the ledger. */
	@Transactional
	public Outcome save(Target target, Choices choices) {
		String whatsapp = null;
		boolean whatsappOn = false;
		String current = number(target, Channel.WHATSAPP);
		if (current != null) {
			whatsappOn = granted(target, current, Channel.WHATSAPP, Topic.TRANSACTIONAL);
		}
		if (choices.whatsapp()) {
			String typed = blankToNull(choices.whatsappPhone());
			whatsapp = (typed != null) ? OrderContacts.phone(typed).orElse(null) : current;
			if (whatsapp == null) {
				Map<String, String> values = new LinkedHashMap<>();
				values.put("whatsappPhone", (typed != null) ? typed : "");
				values.put("whatsapp", "on");
				return new Invalid(Map.of("whatsappPhone", new Updates.FieldError("updates.error.phone", null)),
						values);
			}
		}
		var shop = target.shop().id();
		String proof = proof(target);
		String email = email(target);
		if (email != null) {
			boolean emailOn = this.consents.allows(shop, email, Channel.EMAIL, Topic.TRANSACTIONAL);
			if (choices.email() != emailOn) {
				record(target, email, Channel.EMAIL, Topic.TRANSACTIONAL, choices.email(), proof);
			}
			boolean marketingGranted = granted(target, email, Channel.EMAIL, Topic.MARKETING);
			if (choices.marketing() && !marketingGranted) {
				record(target, email, Channel.EMAIL, Topic.MARKETING, true, proof);
			}
			// Unticked is a "no", also where the shop may send marketing without consent.
			else if (!choices.marketing()
					&& (marketingGranted || this.consents.allows(shop, email, Channel.EMAIL, Topic.MARKETING))) {
				record(target, email, Channel.EMAIL, Topic.MARKETING, false, proof);
			}
		}
		if (choices.whatsapp() && whatsapp != null && (!whatsappOn || !whatsapp.equals(current))) {
			if (whatsappOn && current != null) {
				record(target, current, Channel.WHATSAPP, Topic.TRANSACTIONAL, false, proof);
			}
			this.contacts.remember(shop, target.order().id(), Channel.WHATSAPP, whatsapp);
			record(target, whatsapp, Channel.WHATSAPP, Topic.TRANSACTIONAL, true, proof);
		}
		else if (!choices.whatsapp() && whatsappOn && current != null) {
			record(target, current, Channel.WHATSAPP, Topic.TRANSACTIONAL, false, proof);
		}
		String sms = number(target, Channel.SMS);
		if (choices.smsShown() && !choices.sms() && sms != null
				&& granted(target, sms, Channel.SMS, Topic.TRANSACTIONAL)) {
			record(target, sms, Channel.SMS, Topic.TRANSACTIONAL, false, proof);
		}
		return new Done("saved");
	}

	/**
	 * Withdraws every channel and topic for every address this order knows of, and
	 * forgets a waiting code; channels with addresses outside the order (push, Messenger)
	 * hear of it by {@link OrderUpdatesStopped}.
	 */
	@Transactional
	public Outcome stopAll(Target target) {
		String proof = proof(target) + " stop-all";
		String email = email(target);
		if (email != null) {
			for (Topic topic : Topic.values()) {
				record(target, email, Channel.EMAIL, topic, false, proof);
			}
		}
		Set<String> phones = new LinkedHashSet<>();
		for (Channel channel : new Channel[] { Channel.SMS, Channel.WHATSAPP }) {
			String number = number(target, channel);
			if (number != null) {
				phones.add(number);
			}
		}
		String orderPhone = orderPhone(target.order());
		if (orderPhone != null) {
			phones.add(orderPhone);
		}
		for (String phone : phones) {
			for (Channel channel : new Channel[] { Channel.SMS, Channel.WHATSAPP }) {
				for (Topic topic : Topic.values()) {
					record(target, phone, channel, topic, false, proof);
				}
			}
		}
		this.codes.cancel(target.shop().id(), target.order().id(), Channel.SMS);
		this.events.publishEvent(new OrderUpdatesStopped(target.shop().id(), target.order().id(), SOURCE, proof));
		return new Done("stopped");
	}

	/** Sends an SMS code to the typed number, or to the order's when none is typed. */
	public Outcome sendCode(Target target, @Nullable String phone, Locale locale) {
		String typed = blankToNull(phone);
		String number = (typed != null) ? typed : orderPhone(target.order());
		if (number == null) {
			return invalid("phone", "updates.error.phone", null, typed);
		}
		Shop shop = target.shop();
		String orderNumber = target.order().orderNumber();
		return switch (this.codes.request(shop.id(), target.order().id(), Channel.SMS, number, locale,
				code -> this.messages.getMessage("updates.sms.text", new Object[] { shop.name(), orderNumber, code },
						locale))) {
			case OptInCodes.Sent sent -> new Done("code-sent");
			case OptInCodes.InvalidNumber invalidNumber -> invalid("phone", "updates.error.phone", null, typed);
			case OptInCodes.TooMany tooMany ->
				invalid("phone", "updates.error.tooManyCodes", Pages.minutes(tooMany.retryAfter()), typed);
			case OptInCodes.NotSent notSent -> invalid("phone", "updates.error.notSent", null, typed);
		};
	}

	/** Checks the typed code; the right one switches SMS on. */
	public Outcome confirmCode(Target target, @Nullable String code) {
		String typed = (code != null) ? code.replaceAll("\\s+", "") : "";
		if (!typed.matches("[0-9]{6}")) {
			return invalid("code", "updates.error.codeFormat", null, null);
		}
		return switch (this.codes.confirm(target.shop().id(), target.order().id(), Channel.SMS, typed, SOURCE)) {
			case OptInCodes.Confirmed confirmed -> new Done("sms-on");
			case OptInCodes.Wrong wrong -> invalid("code", "updates.error.codeWrong", wrong.triesLeft(), null);
			case OptInCodes.Expired expired -> invalid("code", "updates.error.codeExpired", null, null);
			case OptInCodes.NoTriesLeft noTriesLeft -> invalid("code", "updates.error.codeTries", null, null);
			case OptInCodes.NoCode noCode -> invalid("code", "updates.error.codeExpired", null, null);
		};
	}

	/** Drops a waiting code, so the shopper can give another number. */
	public Outcome newCode(Target target) {
		this.codes.cancel(target.shop().id(), target.order().id(), Channel.SMS);
		return new Done("new-code");
	}

	private static Invalid invalid(String field, String key, @Nullable Object arg, @Nullable String typed) {
		return new Invalid(Map.of(field, new Updates.FieldError(key, arg)),
				(typed != null) ? Map.of(field, typed) : Map.of());
	}

	private void record(Target target, String contact, Channel channel, Topic topic, boolean granted, String proof) {
		if (granted) {
			this.consents.grant(target.shop().id(), contact, channel, topic, SOURCE, proof);
		}
		else {
			this.consents.withdraw(target.shop().id(), contact, channel, topic, SOURCE, proof);
		}
	}

	private boolean granted(Target target, String contact, Channel channel, Topic topic) {
		return this.consents.current(target.shop().id(), contact, channel, topic)
			.map(ConsentRecord::granted)
			.orElse(false);
	}

	private static String proof(Target target) {
		return "order " + target.order().orderNumber();
	}

	private static @Nullable String email(Target target) {
		return blankToNull(target.order().customer().email());
	}

	/** The number given on this page for the channel, else the order's own. */
	private @Nullable String number(Target target, Channel channel) {
		return this.contacts.number(target.shop().id(), target.order().id(), channel)
			.orElseGet(() -> orderPhone(target.order()));
	}

	private static @Nullable String orderPhone(Order order) {
		String phone = blankToNull(order.customer().phone());
		return (phone != null) ? OrderContacts.phone(phone).orElse(null) : null;
	}

	/** {@code a•••@example.com}: enough to recognize, too little to harvest. */
	static String maskEmail(String email) {
		int at = email.indexOf('@');
		return (at <= 0) ? "•••" : email.charAt(0) + "•••" + email.substring(at);
	}

	/** {@code +49 ••• 67}. */
	static String maskPhone(String phone) {
		return (phone.length() < 6) ? "•••" : phone.substring(0, 3) + " ••• " + phone.substring(phone.length() - 2);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
