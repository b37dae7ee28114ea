package dev.doorstep.support.web;

import java.util.List;

import dev.doorstep.support.Answer;
import dev.doorstep.support.Intent;

/** An answer as the chat and the API show it. */
record AnswerJson(Intent intent, double confidence, String text, String html, List<Answer.Fact> facts,
		List<Answer.NextAction> actions, boolean handOver, List<String> explanation, List<Intent> alternatives) {

	static AnswerJson of(Answer answer) {
		return new AnswerJson(answer.intent(), Math.round(answer.confidence() * 1000) / 1000.0, answer.text(),
				answer.html(), answer.facts(), answer.actions(), answer.handOver(), answer.explanation(),
				answer.alternatives());
	}

}
