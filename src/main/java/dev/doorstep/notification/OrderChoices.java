package dev.doorstep.notification;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one order's shopper has chosen so far, read together for a page that shows it: the
 * numbers given for the order per channel, the consent ledger's latest word on each of
 * the order's contacts, and the SMS code waiting to be typed in.
 *
 * @param numbers the number given on the tracking page per channel (SMS, WhatsApp),
 * normalized
 * @param recorded the latest ledger record per contact, channel and topic: granted or
 * withdrawn; absent where nothing was recorded
 * @param pendingSms the SMS code waiting for confirmation, if any
 */
public record OrderChoices(Map<Channel, String> numbers, Map<Recorded, Boolean> recorded,
		OptInCodes.@Nullable Pending pendingSms) {

	public OrderChoices {
		numbers = Map.copyOf(numbers);
		recorded = Map.copyOf(recorded);
	}

	/** One contact, channel and topic of the consent ledger, the contact normalized. */
	public record Recorded(String contact, Channel channel, Topic topic) {
	}

	/** The number given for the order on this channel, if any. */
	public Optional<String> number(Channel channel) {
		return Optional.ofNullable(this.numbers.get(channel));
	}

	/** The ledger's latest record for the contact, if it has one. */
	public Optional<Boolean> recorded(String contact, Channel channel, Topic topic) {
		return Optional
			.ofNullable(this.recorded.get(new Recorded(Consents.normalize(channel, contact), channel, topic)));
	}

	/** Whether the latest record is an opt-in. */
	public boolean granted(String contact, Channel channel, Topic topic) {
		return recorded(contact, channel, topic).orElse(false);
	}

	public Optional<OptInCodes.Pending> pending() {
		return Optional.ofNullable(this.pendingSms);
	}

}
