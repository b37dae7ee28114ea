package dev.doorstep.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.doorstep.notification.internal.OptInCodeRepository;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Numbers a shopper gave for one order on the tracking page (SMS confirmed by code,
 * WhatsApp by opt-in), which may differ from the order's phone: consent is recorded for
 * them, so withdrawing everything must find them.
 */
@Service
public class OrderContacts {

	/** E.164: a plus, a country code and at most 15 digits. */
	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private final OptInCodeRepository repository;

	private final Clock clock;

	OrderContacts(OptInCodeRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The number given for the order on this channel, normalized, if any. */
	public Optional<String> number(ShopId shop, OrderId order, Channel channel) {
		return this.repository.contact(shop, order, channel);
	}

	/**
	 * Everything the shopper chose for the order ({@link OrderChoices}) in one query, for
	 * a page that shows it on every view. Exact, never cached: a form writes only what
	 * differs from what it read.
	 * @param email the order's email, if it has one
	 * @param phone the order's phone, if it has one
	 */
	public OrderChoices choices(ShopId shop, OrderId order, @Nullable String email, @Nullable String phone) {
		Set<String> contacts = new LinkedHashSet<>();
		if (email != null) {
			contacts.add(Consents.normalize(Channel.EMAIL, email));
		}
		if (phone != null) {
			contacts.add(Consents.normalize(Channel.SMS, phone));
		}
		Map<Channel, String> numbers = new HashMap<>();
		Map<OrderChoices.Recorded, Boolean> recorded = new HashMap<>();
		OptInCodes.Pending pending = null;
		Instant now = this.clock.instant();
		for (OptInCodeRepository.Choice choice : this.repository.choices(shop, order, contacts)) {
			switch (choice) {
				case OptInCodeRepository.Number number -> numbers.put(number.channel(), number.contact());
				case OptInCodeRepository.Consent consent ->
					recorded.put(new OrderChoices.Recorded(consent.contact(), consent.channel(), consent.topic()),
							consent.granted());
				case OptInCodeRepository.NewestCode code ->
					pending = OptInCodes.waiting(code.contact(), code.expiresAt(), code.attempts(), code.open(), now)
						.orElse(null);
			}
		}
		return new OrderChoices(numbers, recorded, pending);
	}

	public void remember(ShopId shop, OrderId order, Channel channel, String number) {
		this.repository.rememberContact(shop, order, channel, Consents.normalize(channel, number),
				this.clock.instant());
	}

	/**
	 * A phone number in international form ({@code +49 170 1234567},
	 * {@code 0049 170 1234567}), normalized like the consent ledger keeps it; empty for
	 * anything else, national numbers included (their country is unknown).
	 */
	public static Optional<String> phone(String raw) {
		String normalized = Consents.normalize(Channel.SMS, raw);
		return E164.matcher(normalized).matches() ? Optional.of(normalized) : Optional.empty();
	}

}
