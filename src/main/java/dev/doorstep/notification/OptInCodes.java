package dev.doorstep.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.ChannelSenders;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.notification.internal.OptInCodeRepository;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;

import org.springframework.stereotype.Service;

/**
 * The double opt-in by code: a six-digit code goes to the number at once (through the
 * channel's sender, or the dev mailbox), and only the shopper who types it back gets the
 * channel switched on. Codes are kept hashed, last {@link #VALIDITY}, allow
 * {@link #MAX_TRIES} tries, and only an order's newest code counts.
 */
@Service
public class OptInCodes {

	/** How long a code may be typed in. */
	public static final Duration VALIDITY = Duration.ofMinutes(10);

	/** Tries per code; then the shopper has to ask for a new one. */
	public static final int MAX_TRIES = 5;

	/**
	 * Codes per order and channel per hour: every code costs the shop a text message, and
	 * a public page must not become a free SMS gateway.
	 */
	public static final int MAX_CODES_PER_HOUR = 5;

	/** The outcome of asking for a code. */
	public sealed interface Requested {

	}

	/** The code is on its way to {@code contact} (normalized). */
	public record Sent(String contact, UUID messageId, Instant expiresAt) implements Requested {
	}

	/** Not a phone number in international form. */
	public record InvalidNumber() implements Requested {
	}

	/** Too many codes for this order lately; the next one may go after this wait. */
	public record TooMany(Duration retryAfter) implements Requested {
	}

	/** The provider refused or failed; the shopper may try again. */
	public record NotSent(String reason) implements Requested {
	}

	/** The outcome of typing a code. */
	public sealed interface Checked {

	}

	/** Right code: consent is granted for {@code contact}. */
	public record Confirmed(String contact) implements Checked {
	}

	/** Wrong code, {@code triesLeft} more allowed. */
	public record Wrong(int triesLeft) implements Checked {
	}

	/** The code is older than {@link #VALIDITY}. */
	public record Expired() implements Checked {
	}

	/** All tries of the code are used up. */
	public record NoTriesLeft() implements Checked {
	}

	/** No code is waiting for this order and channel. */
	public record NoCode() implements Checked {
	}

	/** A code waiting to be typed in. */
	public record Pending(String contact, Instant expiresAt, int triesLeft) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OptInCodeRepository codes;

	private final MessageRepository messages;

	private final ChannelSenders senders;

	private final Consents consents;

	private final Shops shops;

	private final Orders orders;

	private final Clock clock;

	OptInCodes(OptInCodeRepository codes, MessageRepository messages, ChannelSenders senders, Consents consents,
			Shops shops, Orders orders, Clock clock) {
		this.codes = codes;
		this.messages = messages;
		this.senders = senders;
		this.consents = consents;
		this.shops = shops;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Sends a new code to {@code number} for this order; earlier codes stop counting.
	 * @param text the message in the shopper's language, given the code
	 */
	public Requested request(ShopId shopId, OrderId orderId, Channel channel, String number, Locale locale,
			Function<String, String> text) {
		Optional<String> contact = OrderContacts.phone(number);
		if (contact.isEmpty()) {
			return new InvalidNumber();
		}
		Instant now = this.clock.instant();
		Instant hourAgo = now.minus(Duration.ofHours(1));
		if (this.codes.sentSince(shopId, orderId, channel, hourAgo) >= MAX_CODES_PER_HOUR) {
			Instant next = this.codes.oldestSince(shopId, orderId, channel, hourAgo)
				.map(oldest -> oldest.plus(Duration.ofHours(1)))
				.orElse(now.plus(Duration.ofHours(1)));
			return new TooMany(Duration.between(now, next));
		}
		Shop shop = this.shops.get(shopId);
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		UUID id = UUID.randomUUID();
		UUID messageId = UUID.randomUUID();
		String body = text.apply(code);
		Instant expires = now.plus(VALIDITY);
		this.messages.insertDirect(messageId, shopId, Trigger.OPT_IN_CODE, channel, orderId, contact.get(),
				shop.timeZone().getId(), locale.toLanguageTag(), body, now);
		this.codes.insert(id, shopId, orderId, channel, contact.get(), hash(id, code), messageId, expires, now);
		OutgoingMessage outgoing = new OutgoingMessage(messageId, shopId, channel, Trigger.OPT_IN_CODE, contact.get(),
				locale.toLanguageTag(), shop.name(), null, body, null, Map.of(),
				Map.of("shopName", shop.name(), "code", code));
		// No retries: a code that comes late is useless, and the shopper can ask again.
		return switch (this.senders.forChannel(channel).send(outgoing)) {
			case SendResult.Sent sent -> {
				this.messages.sent(shopId, messageId, sent.provider(), sent.providerId(), this.clock.instant());
				yield new Sent(contact.get(), messageId, expires);
			}
			case SendResult.Rejected rejected -> notSent(shopId, messageId, rejected.reason());
			case SendResult.Retry retry -> notSent(shopId, messageId, retry.reason());
		};
	}

	private NotSent notSent(ShopId shop, UUID messageId, String reason) {
		this.messages.finish(shop, messageId, MessageStatus.FAILED, reason, this.clock.instant());
		return new NotSent(reason);
	}

	/**
	 * Checks a typed code against the order's newest one. The right code grants
	 * transactional consent on the channel, with the code's hash and the order number as
	 * proof, and remembers the number for the order.
	 */
	public Checked confirm(ShopId shop, OrderId orderId, Channel channel, String typed, String source) {
		Optional<OptInCodeRepository.Code> newest = this.codes.newest(shop, orderId, channel);
		if (newest.isEmpty() || newest.get().confirmed() || newest.get().cancelled()) {
			return new NoCode();
		}
		OptInCodeRepository.Code code = newest.get();
		Instant now = this.clock.instant();
		if (!now.isBefore(code.expiresAt())) {
			return new Expired();
		}
		Optional<Integer> tries = this.codes.countTry(shop, code.id(), MAX_TRIES);
		if (tries.isEmpty()) {
			return new NoTriesLeft();
		}
		String hash = hash(code.id(), typed.strip());
		if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
				code.codeHash().getBytes(StandardCharsets.US_ASCII))) {
			int left = MAX_TRIES - tries.get();
			return (left > 0) ? new Wrong(left) : new NoTriesLeft();
		}
		Order order = this.orders.get(shop, orderId);
		this.codes.confirmed(shop, code.id(), now);
		this.codes.rememberContact(shop, orderId, channel, code.contact(), now);
		this.consents.grant(shop, code.contact(), channel, Topic.TRANSACTIONAL, source,
				"code:" + code.codeHash() + " order " + order.orderNumber());
		return new Confirmed(code.contact());
	}

	/** The code waiting to be typed in, if any. */
	public Optional<Pending> pending(ShopId shop, OrderId order, Channel channel) {
		Instant now = this.clock.instant();
		return this.codes.newest(shop, order, channel)
			.flatMap(code -> waiting(code.contact(), code.expiresAt(), code.attempts(),
					!code.confirmed() && !code.cancelled(), now));
	}

	/**
	 * A code as pending when it is neither confirmed nor cancelled ({@code open}), not
	 * expired and has tries left.
	 */
	static Optional<Pending> waiting(String contact, Instant expiresAt, int attempts, boolean open, Instant now) {
		return (open && now.isBefore(expiresAt) && attempts < MAX_TRIES)
				? Optional.of(new Pending(contact, expiresAt, MAX_TRIES - attempts)) : Optional.empty();
	}

	/** Forgets a waiting code, e.g. when the shopper wants to use another number. */
	public void cancel(ShopId shop, OrderId order, Channel channel) {
		this.codes.cancel(shop, order, channel, this.clock.instant());
	}

	/**
	 * Salted by the code's id, so equal codes never share a hash; compared in constant
	 * time.
	 */
	private static String hash(UUID id, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
