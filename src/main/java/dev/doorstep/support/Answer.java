package dev.doorstep.support;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The assistant's answer.
 *
 * @param intent what the assistant understood
 * @param confidence the model's probability of that intent (0–1)
 * @param text the answer in plain words (for the phone, the API and plain-text mail)
 * @param html the same answer as safe HTML: every fact escaped, only paragraphs, line
 * breaks, {@code <strong>} and the FAQ's sanitized Markdown subset
 * @param facts what the answer is built on, so a rephrasing can be checked against it and
 * a hand-over can show it
 * @param actions the next useful steps, most useful first
 * @param handOver whether a person should take over (asked for, or the assistant could
 * not answer)
 * @param explanation the words and fragments that decided the intent, strongest first
 * @param alternatives the other likely intents, when the assistant asks back
 */
public record Answer(Intent intent, double confidence, String text, String html, List<Fact> facts,
		List<NextAction> actions, boolean handOver, List<String> explanation, List<Intent> alternatives) {

	public Answer {
		facts = List.copyOf(facts);
		actions = List.copyOf(actions);
		explanation = List.copyOf(explanation);
		alternatives = List.copyOf(alternatives);
	}

	/**
	 * Whether the assistant was unsure and asks which of {@link #alternatives} is meant.
	 */
	public boolean asksBack() {
		return !this.alternatives.isEmpty();
	}

	/**
	 * One fact an answer states, as a machine-readable key and its value as shown
	 * ("status" → "In transit", "window" → "Tue 24 – Thu 26 Nov").
	 */
	public record Fact(String key, String value) {
	}

	/**
	 * A button under the answer.
	 *
	 * @param label the button's text in the shopper's language
	 * @param url where it leads: a path on this server, a {@code mailto:}/{@code tel:}
	 * link or an absolute URL; for {@link Kind#ASK} the question to ask instead
	 * @param intent for {@link Kind#ASK}, the intent the button stands for
	 */
	public record NextAction(Kind kind, String label, String url, @Nullable Intent intent) {

		public NextAction(Kind kind, String label, String url) {
			this(kind, label, url, null);
		}

	}

	/** What a button does. */
	public enum Kind {

		/** Choose how to be told (the tracking page's updates section). */
		CHOOSE_CHANNELS,
		/** Start a return in the returns portal. */
		START_RETURN,
		/** Open the return's status page. */
		VIEW_RETURN,
		/** File a claim for a lost or damaged parcel. */
		FILE_CLAIM,
		/** Open a claim's status page. */
		VIEW_CLAIM,
		/** Reach the shop's support (mail, phone or its website). */
		CONTACT_SHOP,
		/** Open the tracking page. */
		TRACK,
		/** See where and until when to collect the parcel. */
		PICKUP_DETAILS,
		/** Look up an order by number (the help page has no order yet). */
		LOOK_UP_ORDER,
		/** Open the FAQ. */
		FAQ,
		/** "Did you mean …?": ask again as this intent. */
		ASK

	}

}
