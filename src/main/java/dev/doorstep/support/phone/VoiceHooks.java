package dev.doorstep.support.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.Answer;
import dev.doorstep.support.Assistant;
import dev.doorstep.support.Channel;
import dev.doorstep.support.Handovers;
import dev.doorstep.support.Intent;
import dev.doorstep.support.OpeningHours;
import dev.doorstep.support.Question;
import dev.doorstep.support.internal.QuestionLimiter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shop's support phone line as a Twilio Voice webhook, {@code POST
 * /hooks/support/voice/{shopSlug}}: the caller picks a language (unless the number's
 * webhook URL names one with {@code ?lang=de}), gives the order number and the delivery
 * postcode by keypad or speech, hears the assistant's answer about that order, and may
 * press 0 to be connected to the shop's support number while it is open. Each step is a
 * new request whose state (step, language, order number) is in the action URL Twilio
 * calls, so nothing is kept between requests. Requests are verified by
 * {@code X-Twilio-Signature} with the Twilio auth token of the SMS channel, over the
 * public URL, like {@code /hooks/notify/twilio/*}. Look-ups are rate-limited per caller
 * like the question box, and failed ones per order number like the tracking look-up
 * ({@link FailedLookups}).
 */
@RestController
class VoiceHooks {

	static final String PATH = "/hooks/support/voice/";

	/** What the caller asks by calling: where the order is and when it comes. */
	private static final String QUESTION = "where is my order";

	private final Shops shops;

	private final Orders orders;

	private final Assistant assistant;

	private final Handovers handovers;

	private final QuestionLimiter limiter;

	private final FailedLookups failures;

	private final TrackingLinks links;

	private final MessageSource texts;

	private final String authToken;

	VoiceHooks(Shops shops, Orders orders, Assistant assistant, Handovers handovers, QuestionLimiter limiter,
			FailedLookups failures, TrackingLinks links, MessageSource texts,
			@Value("${doorstep.notification.twilio.auth-token:}") String authToken) {
		this.shops = shops;
		this.orders = orders;
		this.assistant = assistant;
		this.handovers = handovers;
		this.limiter = limiter;
		this.failures = failures;
		this.links = links;
		this.texts = texts;
		this.authToken = authToken;
	}

	@PostMapping(PATH + "{shopSlug}")
	ResponseEntity<String> call(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String order, HttpServletRequest request) {
		Optional<Map<String, String>> form = verified(request);
		if (form.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		if (shop.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Map<String, String> params = form.get();
		Locale locale = language(shop.get(), lang);
		String xml = switch ((step != null) ? step : "") {
			case "language" -> askOrder(shop.get(), Locale.of("2".equals(params.get("Digits")) ? "de" : "en"), null);
			case "order" -> order(shop.get(), locale, input(params));
			case "postcode" -> postcode(shop.get(), locale, order, input(params), params.getOrDefault("From", ""));
			case "agent" -> agent(shop.get(), locale, params.get("Digits"), order);
			default -> start(shop.get(), lang);
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
	}

	private String start(Shop shop, @Nullable String lang) {
		if (lang == null && shop.supports("en") && shop.supports("de")) {
			Twiml twiml = new Twiml(Locale.ENGLISH);
			return twiml.gatherKey(url(shop, "language", null, null), text("support.phone.language", Locale.ENGLISH))
				.redirect(url(shop, "order-prompt", Locale.of(shop.defaultLocale()), null))
				.xml();
		}
		return askOrder(shop, language(shop, lang), null);
	}

	private String askOrder(Shop shop, Locale locale, @Nullable String before) {
		Twiml twiml = new Twiml(locale);
		if (before != null) {
			twiml.say(before);
		}
		return twiml.gatherText(url(shop, "order", locale, null), text("support.phone.askOrder", locale))
			.say(text("support.phone.noInput", locale))
			.hangup()
			.xml();
	}

	private String order(Shop shop, Locale locale, @Nullable String number) {
		if (number == null) {
			return askOrder(shop, locale, text("support.phone.noInput", locale));
		}
		Twiml twiml = new Twiml(locale);
		return twiml.gatherText(url(shop, "postcode", locale, number), text("support.phone.askPostcode", locale))
			.say(text("support.phone.noInput", locale))
			.hangup()
			.xml();
	}

	private String postcode(Shop shop, Locale locale, @Nullable String number, @Nullable String postcode,
			String caller) {
		if (number == null || postcode == null) {
			return askOrder(shop, locale, text("support.phone.noInput", locale));
		}
		Duration wait = this.limiter.tryAsk(shop.id().value() + "|phone|" + caller);
		if (wait != null || !this.failures.allowed(shop.id(), number)) {
			return new Twiml(locale).say(text("support.phone.limited", locale)).hangup().xml();
		}
		Optional<Order> found = find(shop, number, postcode);
		if (found.isEmpty()) {
			this.failures.failed(shop.id(), number);
			return askOrder(shop, locale, text("support.phone.notFound", locale));
		}
		Answer answer = this.assistant.answer(
				new Question(shop.id(), found.get().id(), null, QUESTION, locale, Channel.PHONE, Intent.WHERE_IS_IT));
		Twiml twiml = new Twiml(locale);
		for (String sentence : answer.text().split("\n")) {
			if (!sentence.isBlank()) {
				twiml.say(sentence);
			}
		}
		// The order's id rides along (the URL is signed by Twilio like every step), so a
		// call put through is recorded as this order's hand-over.
		return twiml
			.gatherKey(url(shop, "agent", locale, found.get().id().value().toString()),
					text("support.phone.offer", locale))
			.say(text("support.phone.bye", locale))
			.hangup()
			.xml();
	}

	private String agent(Shop shop, Locale locale, @Nullable String digits, @Nullable String orderId) {
		Twiml twiml = new Twiml(locale);
		if (!"0".equals(digits)) {
			return twiml.say(text("support.phone.bye", locale)).hangup().xml();
		}
		String phone = shop.support().phone();
		if (phone != null && this.handovers.openNow(shop.id())) {
			OrderId order = order(shop, orderId).orElse(null);
			// The caller heard the answer to "where is my order?" and still wants a
			// person.
			this.handovers.callForwarded(shop.id(), order, Intent.WHERE_IS_IT);
			return twiml.say(text("support.phone.connecting", locale)).dial(phone).xml();
		}
		twiml.say(text("support.phone.closed", locale));
		List<OpeningHours.Shown> hours = this.handovers.contacts(shop.id(), shop.timeZone(), locale).hours();
		if (hours.isEmpty()) {
			twiml.say(text("support.phone.noHours", locale));
		}
		else {
			twiml.say(text("support.phone.hours", locale,
					hours.stream()
						.map(h -> h.day() + " " + h.from() + " – " + h.to())
						.distinct()
						.collect(Collectors.joining(", "))));
		}
		return twiml.say(text("support.phone.bye", locale)).hangup().xml();
	}

	/**
	 * The order by number and delivery postcode, both compared without spaces and
	 * punctuation (speech gives "12 34.", the keypad only digits).
	 */
	private Optional<Order> find(Shop shop, String number, String postcode) {
		String wanted = normalize(postcode);
		return Set.of(number, "#" + number)
			.stream()
			.flatMap(candidate -> this.orders.findByNumber(shop.id(), candidate).stream())
			.filter(order -> order.shippingAddress() != null && order.shippingAddress().postcode() != null
					&& normalize(order.shippingAddress().postcode()).equals(wanted))
			.findFirst();
	}

	/** The shop's order with this id, as the answer step put it into the next URL. */
	private Optional<OrderId> order(Shop shop, @Nullable String id) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return this.orders.find(shop.id(), new OrderId(UUID.fromString(id))).map(Order::id);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Digits, else the speech transcript, normalized; {@code null} when empty. */
	private static @Nullable String input(Map<String, String> params) {
		String raw = params.getOrDefault("Digits", "");
		if (raw.isBlank()) {
			raw = params.getOrDefault("SpeechResult", "");
		}
		String value = normalize(raw);
		return value.isEmpty() || value.length() > 40 ? null : value;
	}

	static String normalize(String value) {
		return value.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
	}

	private static Locale language(Shop shop, @Nullable String lang) {
		if ("de".equals(lang) || "en".equals(lang)) {
			return Locale.of(lang);
		}
		return Locale.of("de".equals(shop.defaultLocale()) ? "de" : "en");
	}

	private String url(Shop shop, String step, @Nullable Locale locale, @Nullable String order) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH + shop.slug()).queryParam("step", step);
		if (locale != null) {
			url.queryParam("lang", locale.getLanguage());
		}
		if (order != null) {
			url.queryParam("order", order);
		}
		return this.links.absolute(url.build().encode().toUriString());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.texts.getMessage(key, args, locale);
	}

	/** The POST parameters when the signature over them and the public URL matches. */
	private Optional<Map<String, String>> verified(HttpServletRequest request) {
		if (this.authToken.isBlank()) {
			return Optional.empty();
		}
		String query = request.getQueryString();
		Set<String> queryNames = (query == null) ? Set.of()
				: UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet();
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!queryNames.contains(name) && values.length > 0) {
				form.put(name, values[0]);
			}
		});
		String url = this.links.absolute(request.getRequestURI() + ((query == null) ? "" : "?" + query));
		String expected = signature(this.authToken, url, form);
		String given = request.getHeader("X-Twilio-Signature");
		return (given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8))) ? Optional.of(form) : Optional.empty();
	}

	/**
	 * Twilio's request signature: Base64 of HMAC-SHA1 (key: the auth token) over the URL
	 * followed by every POST parameter sorted by name, as name and value.
	 */
	static String signature(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

}
