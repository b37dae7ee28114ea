package dev.doorstep.support.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.doorstep.support.Intent;

/**
 * How well a model names the intents of questions it was not trained on: accuracy per
 * language, and which intents it confuses with which.
 *
 * @param languages per language, in the order the questions came
 */
public record Evaluation(Map<String, LanguageResult> languages) {

	/**
	 * One language's result.
	 *
	 * @param confusions "expected → predicted" → how often, mistakes only
	 * @param mistakes every wrong answer as "question → predicted (expected)"
	 */
	public record LanguageResult(int questions, int correct, double accuracy, Map<String, Integer> confusions,
			List<String> mistakes) {
	}

	public static Evaluation of(IntentModel model, Collection<LabelledPhrase> questions) {
		return of(questions, phrase -> model.predict(phrase.text()).intent());
	}

	private static Evaluation of(Collection<LabelledPhrase> questions, Function<LabelledPhrase, Intent> classify) {
		Map<String, List<LabelledPhrase>> byLanguage = new LinkedHashMap<>();
		questions.forEach(
				question -> byLanguage.computeIfAbsent(question.language(), key -> new ArrayList<>()).add(question));
		Map<String, LanguageResult> results = new LinkedHashMap<>();
		byLanguage.forEach((language, phrases) -> {
			int correct = 0;
			Map<String, Integer> confusions = new TreeMap<>();
			List<String> mistakes = new ArrayList<>();
			for (LabelledPhrase phrase : phrases) {
				Intent predicted = classify.apply(phrase);
				if (predicted == phrase.intent()) {
					correct++;
				}
				else {
					confusions.merge(phrase.intent() + " → " + predicted, 1, Integer::sum);
					mistakes.add(phrase.text() + " → " + predicted + " (" + phrase.intent() + ")");
				}
			}
			double accuracy = phrases.isEmpty() ? 0 : (double) correct / phrases.size();
			results.put(language, new LanguageResult(phrases.size(), correct, Math.round(accuracy * 1000) / 1000.0,
					confusions, List.copyOf(mistakes)));
		});
		return new Evaluation(results);
	}

	/**
	 * k-fold cross-validation over the training phrases alone: each fold is predicted by
	 * a model trained on the others. For a quick look without a held-apart set.
	 */
	public static Evaluation crossValidate(List<LabelledPhrase> phrases, int folds) {
		List<LabelledPhrase> predicted = new ArrayList<>();
		Map<LabelledPhrase, Intent> answers = new IdentityHashMap<>();
		for (int fold = 0; fold < folds; fold++) {
			List<LabelledPhrase> train = new ArrayList<>();
			List<LabelledPhrase> test = new ArrayList<>();
			for (int i = 0; i < phrases.size(); i++) {
				((i % folds == fold) ? test : train).add(phrases.get(i));
			}
			IntentModel model = IntentModel.train(train);
			test.forEach(phrase -> answers.put(phrase, model.predict(phrase.text()).intent()));
			predicted.addAll(test);
		}
		return of(predicted, answers::get);
	}

}
