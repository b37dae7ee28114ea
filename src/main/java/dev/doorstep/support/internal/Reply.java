package dev.doorstep.support.internal;

import java.util.ArrayList;
import java.util.List;

import dev.doorstep.support.Answer;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * An answer being put together: sentences (each a paragraph, escaped), FAQ blocks
 * (already safe HTML), the facts stated and the buttons.
 */
public final class Reply {

	private final List<String> text = new ArrayList<>();

	private final List<String> html = new ArrayList<>();

	private final List<Answer.Fact> facts = new ArrayList<>();

	private final List<Answer.NextAction> actions = new ArrayList<>();

	private boolean handOver;

	Reply say(String sentence) {
		this.text.add(sentence);
		this.html.add("<p>" + HtmlUtils.htmlEscape(sentence) + "</p>");
		return this;
	}

	/** A sentence that states a fact; the fact's value must appear in the sentence. */
	Reply fact(String key, @Nullable String value, String sentence) {
		if (value != null) {
			this.facts.add(new Answer.Fact(key, value));
		}
		return say(sentence);
	}

	/** A fact the previous sentence already states. */
	Reply note(String key, String value) {
		this.facts.add(new Answer.Fact(key, value));
		return this;
	}

	/**
	 * An FAQ entry: its question in bold, its answer as sanitized HTML and as plain text.
	 */
	Reply faq(String question, String answerPlain, String answerHtml) {
		this.text.add(question);
		this.text.add(answerPlain);
		this.html.add("<p><strong>" + HtmlUtils.htmlEscape(question) + "</strong></p>" + answerHtml);
		this.facts.add(new Answer.Fact("faq", question));
		return this;
	}

	Reply action(Answer.NextAction action) {
		if (this.actions.stream().noneMatch(a -> a.kind() == action.kind() && a.url().equals(action.url()))) {
			this.actions.add(action);
		}
		return this;
	}

	Reply handOver() {
		this.handOver = true;
		return this;
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	public Answer answer(dev.doorstep.support.Intent intent, double confidence, List<String> explanation,
			List<dev.doorstep.support.Intent> alternatives) {
		return new Answer(intent, confidence, String.join("\n", this.text), String.join("", this.html), this.facts,
				this.actions, this.handOver, explanation, alternatives);
	}

}
