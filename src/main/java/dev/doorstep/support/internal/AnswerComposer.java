package dev.doorstep.support.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.delivery.DeliveryTexts;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.returns.ReturnLinks;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.shipment.PickupPoint;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.support.Answer;
import dev.doorstep.support.Answer.Kind;
import dev.doorstep.support.Answer.NextAction;
import dev.doorstep.support.FaqEntry;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.Intent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns an intent and the facts of an order into an answer: every sentence from the
 * {@code support.*} texts in the shopper's language, every figure from the owning module
 * (status from shipment, window and its basis from delivery, returns and refunds from
 * returns, claims from claim), and the next useful step as a button.
 */
@Component
public class AnswerComposer {

	/** A search score at which an FAQ entry answers even an unclear question. */
	private static final double STRONG_FAQ_MATCH = 0.35;

	private final MessageSource messages;

	private final DeliveryTexts deliveryTexts;

	private final Faqs faqs;

	AnswerComposer(MessageSource messages, DeliveryTexts deliveryTexts, Faqs faqs) {
		this.messages = messages;
		this.deliveryTexts = deliveryTexts;
		this.faqs = faqs;
	}

	/** The answer about this order. */
	public Reply aboutOrder(Intent intent, OrderFacts facts, String question, Locale locale) {
		Reply reply = new Reply();
		switch (intent) {
			case WHERE_IS_IT -> whereAndWhen(reply, facts, locale, false);
			case WHEN_ARRIVES -> whereAndWhen(reply, facts, locale, true);
			case DELIVERED_NOT_RECEIVED -> deliveredNotReceived(reply, facts, locale);
			case DAMAGED -> damaged(reply, facts, locale);
			case CHANGE_DELIVERY -> changeDelivery(reply, facts, locale);
			case PICKUP_POINT -> pickupPoint(reply, facts, locale);
			case RETURN -> returns(reply, facts, locale);
			case REFUND -> refund(reply, facts, locale);
			case CANCEL -> cancel(reply, facts, locale);
			case HUMAN -> human(reply, facts.shop(), locale);
			case GREETING -> reply.say(text("support.greeting", locale));
			case THANKS -> reply.say(text("support.thanks", locale));
			case OTHER -> fromFaq(reply, facts.shop(), question, locale, null);
		}
		return reply;
	}

	/** The answer without an order (help page): the FAQ, or a request for the order. */
	public Reply general(Intent intent, Shop shop, String question, Locale locale) {
		Reply reply = new Reply();
		switch (intent) {
			case HUMAN -> human(reply, shop, locale);
			case GREETING -> reply.say(text("support.greeting", locale));
			case THANKS -> reply.say(text("support.thanks", locale));
			case OTHER -> fromFaq(reply, shop, question, locale, null);
			default -> {
				fromFaq(reply, shop, question, locale, intent);
				reply.say(text("support.needOrder", locale));
				reply.action(new NextAction(Kind.LOOK_UP_ORDER, text("support.action.LOOK_UP_ORDER", locale),
						"/s/" + shop.slug() + "/track" + lang(locale)));
			}
		}
		return reply;
	}

	/**
	 * "Is it one of these?" with a button per likely intent, after the FAQ's answer when
	 * one entry matches the words well: an unclear intent may still be a clear FAQ
	 * question ("how long do I have to send sth back").
	 */
	public Reply askBack(List<Intent> alternatives, Shop shop, String question, Locale locale) {
		Reply reply = new Reply();
		List<Faqs.Match> matches = this.faqs.search(shop.id(), faqLocale(shop, locale), question, 1);
		if (!matches.isEmpty() && matches.getFirst().score() >= STRONG_FAQ_MATCH) {
			faqAnswer(reply, shop, matches.getFirst().entry(), locale);
			reply.say(text("support.askBack.more", locale));
		}
		else {
			reply.say(text("support.askBack", locale));
		}
		for (Intent alternative : alternatives) {
			String label = text("support.intent." + alternative.name(), locale);
			reply.action(new NextAction(Kind.ASK, label, label, alternative));
		}
		reply.action(contact(shop, locale));
		return reply;
	}

	/**
	 * Where the parcel is; asked "when", also why the window is what it is
	 * ({@code basis}).
	 */
	private void whereAndWhen(Reply reply, OrderFacts facts, Locale locale, boolean basis) {
		if (!status(reply, facts, locale)) {
			return;
		}
		Shipment shipment = facts.shipment();
		if (shipment.status() == TrackingStatus.AVAILABLE_FOR_PICKUP) {
			pickupDetails(reply, shipment, facts.shop(), locale);
		}
		else if (!shipment.delivered()) {
			window(reply, facts, locale, basis);
			reply.action(channels(shipment, locale));
		}
		reply.action(track(shipment, locale));
	}

	private void deliveredNotReceived(Reply reply, OrderFacts facts, Locale locale) {
		if (!status(reply, facts, locale)) {
			return;
		}
		Shipment shipment = facts.shipment();
		claims(reply, facts, locale);
		if (!shipment.delivered()) {
			reply.say(text("support.notDeliveredYet", locale));
			window(reply, facts, locale, false);
			reply.action(track(shipment, locale));
			return;
		}
		reply.say(text("support.deliveredHint", locale));
		if (eligible(facts, ClaimType.NOT_RECEIVED, ClaimType.LOST)) {
			reply.say(text("support.claimOpen", locale));
			reply.action(new NextAction(Kind.FILE_CLAIM, text("support.action.FILE_CLAIM", locale),
					"/t/" + shipment.publicToken() + "/claim" + lang(locale)));
		}
		reply.action(contact(facts.shop(), locale));
	}

	private void damaged(Reply reply, OrderFacts facts, Locale locale) {
		if (facts.shipment() == null) {
			status(reply, facts, locale);
			return;
		}
		boolean hadClaims = claims(reply, facts, locale);
		if (eligible(facts, ClaimType.DAMAGED, ClaimType.MISSING_ITEMS)) {
			reply.say(text("support.damaged.report", locale));
			reply.action(new NextAction(Kind.FILE_CLAIM, text("support.action.FILE_CLAIM", locale),
					"/t/" + facts.shipment().publicToken() + "/claim" + lang(locale)));
		}
		else if (!hadClaims) {
			reply.say(text("support.damaged.contact", locale));
		}
		reply.action(contact(facts.shop(), locale));
	}

	private void changeDelivery(Reply reply, OrderFacts facts, Locale locale) {
		if (!status(reply, facts, locale)) {
			reply.handOver().action(contact(facts.shop(), locale));
			return;
		}
		Shipment shipment = facts.shipment();
		if (shipment.delivered()) {
			reply.say(text("support.change.delivered", locale));
			return;
		}
		window(reply, facts, locale, false);
		reply.say(text("support.change.contact", locale, shipment.carrier().displayName()));
		reply.handOver().action(contact(facts.shop(), locale)).action(track(shipment, locale));
	}

	private void pickupPoint(Reply reply, OrderFacts facts, Locale locale) {
		if (!status(reply, facts, locale)) {
			return;
		}
		Shipment shipment = facts.shipment();
		if (shipment.status() == TrackingStatus.AVAILABLE_FOR_PICKUP) {
			pickupDetails(reply, shipment, facts.shop(), locale);
		}
		else if (!shipment.delivered()) {
			reply.say(text("support.pickup.none", locale));
			window(reply, facts, locale, false);
		}
		reply.action(track(shipment, locale));
	}

	private void returns(Reply reply, OrderFacts facts, Locale locale) {
		returnStatuses(reply, facts, locale);
		Shipment shipment = facts.shipment();
		if (shipment == null || !shipment.delivered()) {
			if (shipment != null) {
				status(reply, facts, locale);
			}
			reply.say(text("support.return.afterDelivery", locale));
			return;
		}
		if (facts.lastReturnDay().isPresent()) {
			String until = date(facts.lastReturnDay().get(), locale);
			reply.fact("returnUntil", until, text("support.return.until", locale, until));
			reply.action(new NextAction(Kind.START_RETURN, text("support.action.START_RETURN", locale),
					"/s/" + facts.shop().slug() + "/returns/t/" + shipment.publicToken() + lang(locale)));
		}
		else if (facts.returns().isEmpty()) {
			reply.say(text("support.return.closed", locale));
			reply.action(contact(facts.shop(), locale));
		}
	}

	private void refund(Reply reply, OrderFacts facts, Locale locale) {
		String number = facts.order().orderNumber();
		boolean any = returnStatuses(reply, facts, locale);
		if (facts.claims() != null) {
			for (Claim claim : facts.claims().claims()) {
				if (claim.refundAmount() != null) {
					String amount = money(claim.refundAmount(), claim.currency(), locale);
					reply.fact("claimRefund", amount, text("support.refund.claim", locale, claim.number(), amount));
					any = true;
				}
			}
		}
		if (facts.order().status() == OrderStatus.CANCELLED) {
			reply.fact("orderStatus", "CANCELLED", text("support.refund.cancelled", locale, number));
			reply.action(contact(facts.shop(), locale));
		}
		else if (!any) {
			reply.say(text("support.refund.none", locale, number));
			if (facts.shipment() != null && facts.shipment().delivered() && facts.lastReturnDay().isPresent()) {
				reply.action(new NextAction(Kind.START_RETURN, text("support.action.START_RETURN", locale),
						"/s/" + facts.shop().slug() + "/returns/t/" + facts.shipment().publicToken() + lang(locale)));
			}
			reply.action(contact(facts.shop(), locale));
		}
	}

	private void cancel(Reply reply, OrderFacts facts, Locale locale) {
		String number = facts.order().orderNumber();
		Shipment shipment = facts.shipment();
		if (facts.order().status() == OrderStatus.CANCELLED) {
			reply.fact("orderStatus", "CANCELLED", text("support.cancel.already", locale, number));
		}
		else if (shipment != null && shipment.status() != TrackingStatus.PENDING
				&& shipment.status() != TrackingStatus.INFO_RECEIVED) {
			reply.fact("status", shipment.status().name(), text("support.cancel.shipped", locale, number));
			reply.action(track(shipment, locale));
		}
		else {
			reply.say(text("support.cancel.contact", locale, number));
			reply.handOver().action(contact(facts.shop(), locale));
		}
	}

	private void human(Reply reply, Shop shop, Locale locale) {
		reply.say(text("support.human", locale));
		Shop.SupportContacts contacts = shop.support();
		if (contacts.email() != null) {
			reply.say(text("support.contact.email", locale, contacts.email()));
		}
		if (contacts.phone() != null) {
			reply.say(text("support.contact.phone", locale, contacts.phone()));
		}
		if (contacts.openingHours() != null) {
			reply.say(text("support.contact.hours", locale, contacts.openingHours()));
		}
		reply.handOver().action(contact(shop, locale));
	}

	/**
	 * The best FAQ match, preferring the intent's topic when the question alone is
	 * ambiguous; without one, a hand-over.
	 */
	private void fromFaq(Reply reply, Shop shop, String question, Locale locale, @Nullable Intent intent) {
		List<Faqs.Match> matches = this.faqs.search(shop.id(), faqLocale(shop, locale), question, 3);
		if (matches.isEmpty()) {
			if (intent == null) {
				reply.say(text("support.faq.none", locale));
				reply.handOver().action(contact(shop, locale));
			}
			return;
		}
		faqAnswer(reply, shop, matches.getFirst().entry(), locale);
	}

	private void faqAnswer(Reply reply, Shop shop, FaqEntry entry, Locale locale) {
		String html = Faqs.html(entry.answer());
		reply.faq(entry.question(), plain(html), html);
		reply.action(new NextAction(Kind.FAQ, text("support.action.FAQ", locale),
				"/s/" + shop.slug() + "/help" + lang(locale)));
	}

	/**
	 * The FAQ's language: the shopper's when the shop has it, else the shop's default.
	 */
	static String faqLocale(Shop shop, Locale locale) {
		return shop.supports(locale.getLanguage()) ? locale.getLanguage() : shop.defaultLocale();
	}

	/**
	 * The order's or parcel's state in one or two sentences; {@code false} when there is
	 * no parcel yet (then the sentence says so and nothing parcel-specific can follow).
	 */
	private boolean status(Reply reply, OrderFacts facts, Locale locale) {
		String number = facts.order().orderNumber();
		Shipment shipment = facts.shipment();
		if (facts.order().status() == OrderStatus.CANCELLED) {
			reply.fact("orderStatus", "CANCELLED", text("support.cancelled", locale, number));
			return false;
		}
		if (shipment == null) {
			reply.fact("orderStatus", "NOT_SHIPPED", text("support.notShipped", locale, number));
			reply.action(contact(facts.shop(), locale));
			return false;
		}
		String delivered = (shipment.deliveredAt() != null)
				? date(shipment.deliveredAt().atZone(facts.shop().timeZone()).toLocalDate(), locale) : "";
		reply.fact("status", shipment.status().name(), text("support.status." + shipment.status().name(), locale,
				number, shipment.carrier().displayName(), delivered));
		if (!delivered.isEmpty()) {
			reply.note("deliveredOn", delivered);
		}
		if (shipment.subStatus() != null) {
			String detail = this.messages.getMessage("substatus." + shipment.subStatus(), null, null, locale);
			if (detail != null) {
				reply.fact("subStatus", shipment.subStatus(), text("support.detail", locale, detail));
			}
		}
		return true;
	}

	/** The delivery window, its basis and any delay; with {@code basis} also why. */
	private void window(Reply reply, OrderFacts facts, Locale locale, boolean basis) {
		ShipmentPromise promise = facts.promise();
		if (promise == null) {
			Shipment shipment = facts.shipment();
			if (shipment != null && shipment.promisedDeliveryDate() != null) {
				String promised = date(shipment.promisedDeliveryDate(), locale);
				reply.fact("promisedDate", promised, text("support.promised", locale, promised));
			}
			else {
				reply.say(text("support.noWindow", locale));
			}
			return;
		}
		String window = this.deliveryTexts.window(promise.current().window(), locale);
		reply.fact("window", window, text("support.window", locale, window));
		if (basis) {
			var source = promise.current().basis();
			reply.fact("basis", source.source().name(),
					text("support.basis." + source.source().name(), locale, source.sampleSize()));
		}
		String late = this.deliveryTexts.reason(promise, locale);
		if (late != null) {
			reply.fact("delay", late, text("support.late", locale, late));
		}
	}

	private void pickupDetails(Reply reply, Shipment shipment, Shop shop, Locale locale) {
		PickupPoint point = shipment.currentPickupPoint();
		if (point == null) {
			reply.say(text("support.pickup.unknown", locale));
			return;
		}
		String where = Stream.of(point.name(), point.street(), point.place())
			.filter(part -> part != null)
			.collect(Collectors.joining(", "));
		reply.fact("pickupPoint", where, text("support.pickup.at", locale, where));
		if (point.deadline() != null) {
			String deadline = date(point.deadline(), locale);
			reply.fact("pickupDeadline", deadline,
					text(point.deadlineEstimated() ? "support.pickup.deadlineEstimated" : "support.pickup.deadline",
							locale, deadline));
		}
		if (point.openingHours() != null) {
			reply.fact("openingHours", point.openingHours(),
					text("support.pickup.hours", locale, point.openingHours()));
		}
		reply.say(text("support.pickup.bring", locale));
		reply.action(new NextAction(Kind.PICKUP_DETAILS, text("support.action.PICKUP_DETAILS", locale),
				"/t/" + shipment.publicToken() + lang(locale) + "#pickup"));
	}

	/** A sentence per return of the order; {@code true} if there was one. */
	private boolean returnStatuses(Reply reply, OrderFacts facts, Locale locale) {
		for (ReturnRequest ret : facts.returns()) {
			if (ret.status() == ReturnStatus.REFUNDED && ret.refundIssued() != null) {
				String amount = money(ret.refundIssued(), facts.order().currency(), locale);
				reply.fact("refund", amount, text("support.return.refunded", locale, ret.rma(), amount));
			}
			else {
				String status = text("returns.status." + ret.status().name(), locale);
				reply.fact("returnStatus", ret.status().name(),
						text("support.return.status", locale, ret.rma(), status));
			}
			reply.action(new NextAction(Kind.VIEW_RETURN, text("support.action.VIEW_RETURN", locale, ret.rma()),
					ReturnLinks.statusPath(ret) + lang(locale)));
		}
		return !facts.returns().isEmpty();
	}

	/** A sentence per claim of the parcel; {@code true} if there was one. */
	private boolean claims(Reply reply, OrderFacts facts, Locale locale) {
		if (facts.claims() == null) {
			return false;
		}
		for (Claim claim : facts.claims().claims()) {
			String status = text("support.claim." + claim.status().name(), locale);
			reply.fact("claimStatus", claim.status().name(), text("support.claim", locale, claim.number(),
					text("support.intent." + (claim.type() == ClaimType.NOT_RECEIVED || claim.type() == ClaimType.LOST
							? Intent.DELIVERED_NOT_RECEIVED : Intent.DAMAGED)
						.name(), locale),
					status));
			reply.action(new NextAction(Kind.VIEW_CLAIM, text("support.action.VIEW_CLAIM", locale, claim.number()),
					"/c/" + claim.publicToken() + lang(locale)));
		}
		return !facts.claims().claims().isEmpty();
	}

	private static boolean eligible(OrderFacts facts, ClaimType... types) {
		return facts.claims() != null && facts.claims()
			.eligibility()
			.stream()
			.filter(Eligibility::eligible)
			.anyMatch(eligibility -> List.of(types).contains(eligibility.type()));
	}

	private NextAction track(Shipment shipment, Locale locale) {
		return new NextAction(Kind.TRACK, text("support.action.TRACK", locale),
				"/t/" + shipment.publicToken() + lang(locale));
	}

	private NextAction channels(Shipment shipment, Locale locale) {
		return new NextAction(Kind.CHOOSE_CHANNELS, text("support.action.CHOOSE_CHANNELS", locale),
				"/t/" + shipment.publicToken() + lang(locale) + "#updates");
	}

	/**
	 * The shop's best contact: mail, else phone, else its website, else the help page.
	 */
	NextAction contact(Shop shop, Locale locale) {
		Shop.SupportContacts contacts = shop.support();
		String url = (contacts.email() != null) ? "mailto:" + contacts.email() : (contacts.phone() != null)
				? "tel:" + contacts.phone().replace(" ", "")
				: (shop.websiteUrl() != null) ? shop.websiteUrl() : "/s/" + shop.slug() + "/help" + lang(locale);
		return new NextAction(Kind.CONTACT_SHOP, text("support.action.CONTACT_SHOP", locale), url);
	}

	private static String lang(Locale locale) {
		return "?lang=" + locale.getLanguage();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	private static String money(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(amount);
	}

	/** An FAQ answer's HTML as plain text, for the phone and the API's text. */
	static String plain(String html) {
		return org.springframework.web.util.HtmlUtils
			.htmlUnescape(html.replaceAll("</p>\\s*<p>", "\n").replaceAll("<li>", "\n- ").replaceAll("<[^>]+>", ""))
			.strip();
	}

}
