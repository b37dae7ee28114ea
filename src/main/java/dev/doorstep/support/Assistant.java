package dev.doorstep.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.internal.AnswerComposer;
import dev.doorstep.support.internal.OrderFacts;
import dev.doorstep.support.internal.Rephraser;
import dev.doorstep.support.internal.SupportProperties;
import dev.doorstep.support.model.IntentModel;

import org.springframework.stereotype.Service;

/**
 * The "where is my order?" assistant: understands a question with the local intent model
 * and answers it from the facts of the shopper's order (status, delivery window and its
 * basis, delays, pickup point, returns, refunds, claims) or from the shop's FAQ, with the
 * next useful step as a button. Below the confidence threshold it asks back with the
 * likeliest intents. Every question and answer is stored PII-minimal
 * ({@link Conversations}).
 *
 * <p>
 * The one entry point for every channel: the question box (web), the merchant API and,
 * later, the phone line and hand-over. Answers on the API and the phone carry absolute
 * links, the web's are paths on this server.
 */
@Service
public class Assistant {

	/** Intents that make no sense as a "did you mean" button. */
	private static final Set<Intent> NOT_OFFERED = Set.of(Intent.GREETING, Intent.THANKS, Intent.OTHER);

	private final IntentModel model;

	private final Shops shops;

	private final OrderFacts.Loader facts;

	private final AnswerComposer composer;

	private final Rephraser rephraser;

	private final Conversations conversations;

	private final TrackingLinks links;

	private final SupportProperties properties;

	Assistant(IntentModel model, Shops shops, OrderFacts.Loader facts, AnswerComposer composer, Rephraser rephraser,
			Conversations conversations, TrackingLinks links, SupportProperties properties) {
		this.model = model;
		this.shops = shops;
		this.facts = facts;
		this.composer = composer;
		this.rephraser = rephraser;
		this.conversations = conversations;
		this.links = links;
		this.properties = properties;
	}

	/** Answers the question, and stores both. */
	public Answer answer(Question question) {
		Shop shop = this.shops.get(question.shop());
		Locale locale = shop.localeFor(question.language());
		IntentModel.Prediction prediction = this.model.predict(question.text());
		Intent intent = (question.chosen() != null) ? question.chosen() : prediction.intent();
		double confidence = (question.chosen() != null) ? 1.0 : prediction.confidence();
		Answer answer;
		if (confidence < this.properties.confidenceThreshold()) {
			List<Intent> alternatives = prediction.ranking()
				.stream()
				.map(IntentModel.Scored::intent)
				.filter(candidate -> !NOT_OFFERED.contains(candidate))
				.limit(3)
				.toList();
			answer = this.composer.askBack(alternatives, shop, question.text(), locale)
				.answer(intent, confidence, prediction.explanation(), alternatives);
		}
		else {
			Optional<OrderFacts> order = this.facts.load(shop, question);
			answer = order.map(known -> this.composer.aboutOrder(intent, known, question.text(), locale))
				.orElseGet(() -> this.composer.general(intent, shop, question.text(), locale))
				.answer(intent, confidence, prediction.explanation(), List.of());
			answer = this.rephraser.rephrase(answer, locale);
		}
		if (question.channel() != Channel.WEB) {
			answer = absolute(answer);
		}
		this.conversations.record(question, answer);
		return answer;
	}

	/** What the model makes of a text, for the console's "why this answer". */
	public IntentModel.Prediction understand(String text) {
		return this.model.predict(text);
	}

	private Answer absolute(Answer answer) {
		List<Answer.NextAction> actions = answer.actions()
			.stream()
			.map(action -> action.url().startsWith("/") ? new Answer.NextAction(action.kind(), action.label(),
					this.links.absolute(action.url()), action.intent()) : action)
			.toList();
		return new Answer(answer.intent(), answer.confidence(), answer.text(), answer.html(), answer.facts(), actions,
				answer.handOver(), answer.explanation(), answer.alternatives());
	}

}
