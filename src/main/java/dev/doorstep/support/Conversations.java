package dev.doorstep.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.support.internal.ConversationRepository;
import dev.doorstep.support.internal.FaqRepository;
import dev.doorstep.support.internal.PersonalData;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistant's conversations, kept PII-minimal for the shop's retention period: for
 * the console, for hand-overs and for the deflection rate (answered without hand-over).
 */
@Service
public class Conversations {

	private final ConversationRepository repository;

	private final FaqRepository settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Conversations(ConversationRepository repository, FaqRepository settings, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Stores a question and its answer, the question masked, and publishes
	 * {@link QuestionAnswered}; returns its id.
	 */
	@Transactional
	public UUID record(Question question, Answer answer) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.repository.insert(question.shop(),
				new Conversation(id, question.order(), question.channel(), question.language().getLanguage(),
						PersonalData.mask(question.text()), answer.intent(), answer.confidence(), answer.text(),
						answer.handOver(), now));
		this.events.publishEvent(new QuestionAnswered(question.shop(), id, answer.intent(), answer.confidence(),
				question.channel(), answer.handOver(), now));
		return id;
	}

	/** The shop's newest conversations, newest first. */
	public List<Conversation> recent(ShopId shop, int limit) {
		return this.repository.recent(shop, limit);
	}

	/** The shop's conversation settings. */
	public SupportSettings settings(ShopId shop) {
		return this.settings.settings(shop);
	}

	@Transactional
	public SupportSettings saveSettings(ShopId shop, SupportSettings settings) {
		if (settings.retentionDays() < 1 || settings.retentionDays() > SupportSettings.MAX_RETENTION_DAYS) {
			throw new dev.doorstep.runtime.InvalidRequestException("retentionDays",
					"must be 1–" + SupportSettings.MAX_RETENTION_DAYS);
		}
		this.settings.saveSettings(shop, settings, this.clock.instant());
		return settings;
	}

	/**
	 * Deletes conversations older than their shop's retention (the default for shops that
	 * never set one); returns how many went.
	 */
	@Transactional
	public int deleteExpired() {
		return this.repository.deleteExpired(this.clock.instant(), SupportSettings.DEFAULT_RETENTION_DAYS);
	}

}
