package dev.doorstep.support;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.internal.DefaultFaq;
import dev.doorstep.support.internal.FaqMarkdown;
import dev.doorstep.support.internal.FaqRepository;
import dev.doorstep.support.model.TextFeatures;

import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's FAQ: questions and Markdown answers per language, grouped by topic, searched
 * by meaning-ish similarity (shared words and word fragments, so "retoure" finds
 * "Retouren" and a typo still finds its entry). A shop gets the default set in the
 * languages it offers when it is created or, for shops older than this module, on first
 * use.
 */
@Service
public class Faqs {

	/** Longest question and answer the console takes. */
	public static final int MAX_QUESTION = 300;

	public static final int MAX_ANSWER = 5000;

	/** Below this similarity a search hit is noise. */
	private static final double MIN_SCORE = 0.12;

	private final FaqRepository repository;

	private final Shops shops;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Faqs(FaqRepository repository, Shops shops, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.shops = shops;
		this.clock = clock;
		this.events = events;
	}

	/** The entries in one language, by topic and position. */
	@Transactional
	public List<FaqEntry> list(ShopId shop, String locale) {
		ensureSeeded(shop);
		return this.repository.list(shop, locale);
	}

	/**
	 * The entries in one language grouped by topic, topics in their order, empty ones
	 * left out.
	 */
	@Transactional
	public Map<FaqTopic, List<FaqEntry>> byTopic(ShopId shop, String locale) {
		Map<FaqTopic, List<FaqEntry>> grouped = new EnumMap<>(FaqTopic.class);
		list(shop, locale)
			.forEach(entry -> grouped.computeIfAbsent(entry.topic(), key -> new ArrayList<>()).add(entry));
		return grouped;
	}

	public Optional<FaqEntry> find(ShopId shop, UUID id) {
		return this.repository.find(shop, id);
	}

	/** Adds an entry at the end of its topic. */
	@Transactional
	public FaqEntry add(ShopId shop, String locale, FaqTopic topic, String question, String answer) {
		ensureSeeded(shop);
		validate(shop, locale, question, answer);
		FaqEntry entry = new FaqEntry(UUID.randomUUID(), locale, topic,
				this.repository.nextPosition(shop, locale, topic), question.strip(), answer.strip());
		this.repository.insert(shop, entry, this.clock.instant());
		this.events.publishEvent(new FaqsChanged(shop));
		return entry;
	}

	/** Changes an entry's text or topic; a new topic puts it at that topic's end. */
	@Transactional
	public FaqEntry update(ShopId shop, UUID id, FaqTopic topic, String question, String answer) {
		FaqEntry current = this.repository.find(shop, id).orElseThrow(() -> new NotFoundException("faq entry", id));
		validate(shop, current.locale(), question, answer);
		int position = (topic == current.topic()) ? current.position()
				: this.repository.nextPosition(shop, current.locale(), topic);
		FaqEntry changed = new FaqEntry(id, current.locale(), topic, position, question.strip(), answer.strip());
		this.repository.update(shop, changed, this.clock.instant());
		this.events.publishEvent(new FaqsChanged(shop));
		return changed;
	}

	@Transactional
	public void delete(ShopId shop, UUID id) {
		if (!this.repository.delete(shop, id)) {
			throw new NotFoundException("faq entry", id);
		}
		this.events.publishEvent(new FaqsChanged(shop));
	}

	/**
	 * Moves an entry one place up ({@code -1}) or down ({@code 1}) within its topic; at
	 * either end nothing changes. Positions are renumbered 0..n so gaps left by deletions
	 * do not make a move look like nothing happened.
	 */
	@Transactional
	public void move(ShopId shop, UUID id, int direction) {
		FaqEntry entry = this.repository.find(shop, id).orElseThrow(() -> new NotFoundException("faq entry", id));
		List<FaqEntry> topic = new ArrayList<>(this.repository.list(shop, entry.locale())
			.stream()
			.filter(other -> other.topic() == entry.topic())
			.toList());
		int at = topic.indexOf(entry);
		int to = at + Integer.signum(direction);
		if (at < 0 || to < 0 || to >= topic.size()) {
			return;
		}
		topic.set(at, topic.get(to));
		topic.set(to, entry);
		for (int i = 0; i < topic.size(); i++) {
			FaqEntry e = topic.get(i);
			if (e.position() != i) {
				this.repository.update(shop, new FaqEntry(e.id(), e.locale(), e.topic(), i, e.question(), e.answer()),
						this.clock.instant());
			}
		}
		this.events.publishEvent(new FaqsChanged(shop));
	}

	/** One search hit and how close it is (0–1). */
	public record Match(FaqEntry entry, double score) {
	}

	/** The entries that best match the text, best first, at most {@code limit}. */
	@Transactional
	public List<Match> search(ShopId shop, String locale, String text, int limit) {
		Map<String, Double> query = TextFeatures.of(text);
		if (query.isEmpty()) {
			return List.of();
		}
		return list(shop, locale).stream()
			.map(entry -> new Match(entry, Math.max(TextFeatures.similarity(query, TextFeatures.of(entry.question())),
					0.6 * TextFeatures.similarity(query, TextFeatures.of(entry.question() + " " + entry.answer())))))
			.filter(match -> match.score() >= MIN_SCORE)
			.sorted(Comparator.comparingDouble(Match::score).reversed())
			.limit(limit)
			.toList();
	}

	/** An answer's Markdown as safe HTML (raw HTML escaped, links sanitized). */
	public static String html(String markdown) {
		return FaqMarkdown.html(markdown);
	}

	/**
	 * Copies the default FAQ into the shop once, in each of its languages that has a
	 * default set (else English). Safe to call often: after the first time it is one
	 * read.
	 */
	@Transactional
	public void ensureSeeded(ShopId shopId) {
		// Pages ask on every view: a plain read first, the upsert (a row lock) only once.
		if (this.repository.seeded(shopId) || !this.repository.markSeeded(shopId, this.clock.instant())) {
			return;
		}
		Shop shop = this.shops.find(shopId).orElse(null);
		List<String> languages = (shop == null) ? List.of("en")
				: shop.supportedLocales().stream().filter(DefaultFaq.LANGUAGES::contains).toList();
		for (String language : languages.isEmpty() ? List.of("en") : languages) {
			int[] positions = new int[FaqTopic.values().length];
			for (DefaultFaq.Item item : DefaultFaq.items(language)) {
				this.repository.insert(
						shopId, new FaqEntry(UUID.randomUUID(), language, item.topic(),
								positions[item.topic().ordinal()]++, item.question(), item.answer()),
						this.clock.instant());
			}
		}
	}

	private void validate(ShopId shopId, String locale, String question, String answer) {
		List<FieldViolation> violations = new ArrayList<>();
		if (question.isBlank() || question.length() > MAX_QUESTION) {
			violations.add(new FieldViolation("question", "must be 1–" + MAX_QUESTION + " characters"));
		}
		if (answer.isBlank() || answer.length() > MAX_ANSWER) {
			violations.add(new FieldViolation("answer", "must be 1–" + MAX_ANSWER + " characters"));
		}
		Shop shop = this.shops.get(shopId);
		if (!shop.supports(locale)) {
			violations.add(new FieldViolation("locale", "the shop does not offer '" + locale + "'"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
	}

}
