package dev.doorstep.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Topic;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Opt-out keywords in messages shoppers send back (SMS, WhatsApp). An inbound message
 * names only the phone number, so it applies to every shop that messaged that number on
 * the channel. The ledger records it with source {@code <channel>-keyword}, e.g.
 * {@code sms-keyword}.
 */
@Component
public class Keywords {

	/** What an inbound message asks for. */
	public enum Keyword {

		STOP, START, HELP, NONE

	}

	/** What an inbound message was, and the shops it concerns, latest first. */
	public record Inbound(Keyword keyword, List<MessageRepository.SenderShop> shops) {
	}

	/** The carriers' usual opt-out words (Twilio's list), plus German STOPP. */
	private static final Set<String> STOP = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "STOPP",
			"OPTOUT", "REVOKE");

	private static final Set<String> START = Set.of("START", "YES", "UNSTOP");

	private static final Set<String> HELP = Set.of("HELP", "INFO", "HILFE");

	private final MessageRepository messages;

	private final Consents consents;

	Keywords(MessageRepository messages, Consents consents) {
		this.messages = messages;
		this.consents = consents;
	}

	/**
	 * The keyword of a message: its whole body, ignoring case and trailing punctuation.
	 */
	public static Keyword of(@Nullable String body) {
		String word = body == null ? "" : body.strip().replaceAll("[\\p{Punct}\\s]+$", "").toUpperCase(Locale.ROOT);
		if (STOP.contains(word)) {
			return Keyword.STOP;
		}
		if (START.contains(word)) {
			return Keyword.START;
		}
		return HELP.contains(word) ? Keyword.HELP : Keyword.NONE;
	}

	/**
	 * Applies STOP or START from {@code from} to the consent ledger of every shop that
	 * messaged that number on {@code channel}.
	 * @param proof what the ledger keeps as proof, e.g. the provider's message id
	 */
	public Inbound receive(Channel channel, String from, @Nullable String body, String proof) {
		Keyword keyword = of(body);
		List<MessageRepository.SenderShop> shops = from.isBlank() ? List.of()
				: this.messages.shopsThatMessaged(channel, Consents.normalize(channel, from));
		String source = channel.code() + "-keyword";
		for (MessageRepository.SenderShop shop : shops) {
			switch (keyword) {
				case STOP -> stop(shop, channel, from, source, proof);
				case START -> start(shop, channel, from, source, proof);
				case HELP, NONE -> {
					// nothing to record
				}
			}
		}
		return new Inbound(keyword, shops);
	}

	/**
	 * Withdraws every topic agreed to, and records the STOP for transactional messages
	 * even without an earlier agreement; a repeated STOP adds nothing.
	 */
	private void stop(MessageRepository.SenderShop shop, Channel channel, String from, String source, String proof) {
		for (Topic topic : Topic.values()) {
			Optional<ConsentRecord> current = this.consents.current(shop.shop(), from, channel, topic);
			if (current.map(ConsentRecord::granted).orElse(topic == Topic.TRANSACTIONAL)) {
				this.consents.withdraw(shop.shop(), from, channel, topic, source, proof + ": STOP");
			}
		}
	}

	/**
	 * START to the number that sends order updates asks for them again; marketing comes
	 * back only where a STOP had taken it (STOP withdraws only what was agreed), never as
	 * a new agreement.
	 */
	private void start(MessageRepository.SenderShop shop, Channel channel, String from, String source, String proof) {
		for (Topic topic : Topic.values()) {
			Optional<ConsentRecord> current = this.consents.current(shop.shop(), from, channel, topic);
			boolean granted = current.map(ConsentRecord::granted).orElse(false);
			boolean restore = topic == Topic.TRANSACTIONAL
					|| current.map(record -> !record.granted() && source.equals(record.source())).orElse(false);
			if (!granted && restore) {
				this.consents.grant(shop.shop(), from, channel, topic, source, proof + ": START");
			}
		}
	}

}
