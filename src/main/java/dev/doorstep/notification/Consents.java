package dev.doorstep.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.notification.internal.ConsentRepository;
import dev.doorstep.notification.internal.NotificationProperties;
import dev.doorstep.notification.internal.SettingsRepository;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: every agreement and withdrawal is a new row, never an update, so
 * the shop can show who agreed to what, when and how.
 */
@Service
public class Consents {

	private final ConsentRepository ledger;

	private final NotificationProperties properties;

	private final SettingsRepository settings;

	private final Clock clock;

	Consents(ConsentRepository ledger, NotificationProperties properties, SettingsRepository settings, Clock clock) {
		this.ledger = ledger;
		this.properties = properties;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public void grant(ShopId shop, String contact, Channel channel, Topic topic, String source,
			@Nullable String proof) {
		this.ledger.append(shop, normalize(channel, contact), channel, topic, true, source, proof,
				this.clock.instant());
	}

	@Transactional
	public void withdraw(ShopId shop, String contact, Channel channel, Topic topic, String source,
			@Nullable String proof) {
		this.ledger.append(shop, normalize(channel, contact), channel, topic, false, source, proof,
				this.clock.instant());
	}

	/** The record in force, if the contact ever said anything. */
	public Optional<ConsentRecord> current(ShopId shop, String contact, Channel channel, Topic topic) {
		return this.ledger.current(shop, normalize(channel, contact), channel, topic);
	}

	/**
	 * Whether a message may go out. Transactional email is the shop's duty to the buyer
	 * and goes out unless withdrawn; every other channel, and marketing where the setting
	 * asks for it, needs a recorded opt-in that was not withdrawn since.
	 */
	public boolean allows(ShopId shop, String contact, Channel channel, Topic topic) {
		return decide(shop, current(shop, contact, channel, topic).map(ConsentRecord::granted).orElse(null), channel,
				topic);
	}

	/** {@link #allows} with the ledger's word taken from choices the caller has read. */
	public boolean allows(ShopId shop, OrderChoices choices, String contact, Channel channel, Topic topic) {
		return decide(shop, choices.recorded(contact, channel, topic).orElse(null), channel, topic);
	}

	/**
	 * {@link #allows} for many contacts of one shop at once (the dispatcher's round): one
	 * query instead of one per contact.
	 * @return the contacts that may be sent to, {@link #normalize normalized}
	 */
	public Set<String> allowedAmong(ShopId shop, Channel channel, Topic topic, Collection<String> contacts) {
		Set<String> normalized = normalized(channel, contacts);
		Map<String, Boolean> recorded = this.ledger.currentAmong(shop, channel, topic, normalized);
		Set<String> allowed = new HashSet<>();
		Boolean unrecorded = null;
		for (String contact : normalized) {
			Boolean granted = recorded.get(contact);
			if (granted == null) {
				// The shop's setting, read at most once for all contacts without a
				// record.
				unrecorded = (unrecorded != null) ? unrecorded : decide(shop, null, channel, topic);
			}
			if ((granted != null) ? granted : unrecorded) {
				allowed.add(contact);
			}
		}
		return allowed;
	}

	/**
	 * The rule: a record in force decides; with nothing recorded, only an opt-in channel
	 * or marketing where the shop asks for consent is refused.
	 */
	private boolean decide(ShopId shop, @Nullable Boolean granted, Channel channel, Topic topic) {
		if (granted != null) {
			return granted;
		}
		// Nothing recorded: only then does the shop's setting matter (one query fewer per
		// message).
		boolean optInNeeded = channel.needsOptIn() || (topic == Topic.MARKETING && this.settings.find(shop)
			.map(NotificationSettings::marketingNeedsConsent)
			.orElse(this.properties.marketingNeedsConsent()));
		return !optInNeeded;
	}

	public List<ConsentRecord> history(ShopId shop, Channel channel, String contact) {
		return this.ledger.history(shop, normalize(channel, contact));
	}

	/** Whether the address bounced or complained: nothing more goes there. */
	public boolean suppressed(ShopId shop, Channel channel, String address) {
		return this.ledger.suppressed(shop, channel, normalize(channel, address));
	}

	/**
	 * {@link #suppressed} for many addresses of one shop at once.
	 * @return the addresses on the suppression list, {@link #normalize normalized}
	 */
	public Set<String> suppressedAmong(ShopId shop, Channel channel, Collection<String> addresses) {
		return this.ledger.suppressedAmong(shop, channel, normalized(channel, addresses));
	}

	private static Set<String> normalized(Channel channel, Collection<String> contacts) {
		Set<String> normalized = new HashSet<>();
		for (String contact : contacts) {
			normalized.add(normalize(channel, contact));
		}
		return normalized;
	}

	@Transactional
	public void suppress(ShopId shop, Channel channel, String address, String reason) {
		this.ledger.suppress(shop, channel, normalize(channel, address), reason, this.clock.instant());
	}

	/**
	 * One spelling per address, so a withdrawal always finds the agreement: lower-case
	 * email, phone numbers as {@code +} and digits.
	 */
	public static String normalize(Channel channel, String contact) {
		String trimmed = contact.strip();
		return switch (channel) {
			case EMAIL -> trimmed.toLowerCase(Locale.ROOT);
			case SMS, WHATSAPP -> phone(trimmed);
			default -> trimmed;
		};
	}

	private static String phone(String number) {
		String digits = number.replaceAll("[^0-9+]", "");
		if (digits.startsWith("00")) {
			digits = "+" + digits.substring(2);
		}
		return digits;
	}

}
