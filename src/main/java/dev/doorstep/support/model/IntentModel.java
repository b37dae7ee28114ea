package dev.doorstep.support.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.doorstep.support.Intent;

/**
 * Multinomial logistic regression over words, word pairs and character n-grams of the
 * normalized text. Words carry the meaning; the 3–5 character fragments inside each word
 * make it robust to typos ("delivred", "sendungsnumer") and to German compounds
 * ("Paketstation" shares "paket" with "Paket"). Trained with a fixed seed, so the same
 * phrases give the same model on every node. Logistic regression rather than naive Bayes
 * because its posteriors are far less overconfident, and the assistant's ask-back
 * threshold depends on them; L2 regularization keeps them moderate.
 *
 * <p>
 * Explainable: {@link Prediction#explanation()} names the features that pushed the
 * winning intent most.
 */
public final class IntentModel {

	private static final Intent[] INTENTS = Intent.values();

	private static final int EPOCHS = 40;

	private static final double LEARNING_RATE = 0.5;

	private static final double L2 = 1e-5;

	private final Map<String, Integer> index;

	private final String[] names;

	/** weights[feature * INTENTS.length + intent]. */
	private final double[] weights;

	private final double[] bias;

	private IntentModel(Map<String, Integer> index, String[] names, double[] weights, double[] bias) {
		this.index = index;
		this.names = names;
		this.weights = weights;
		this.bias = bias;
	}

	/** The intent model, trained on these phrases. */
	public static IntentModel train(Collection<LabelledPhrase> phrases) {
		Map<String, Integer> index = new HashMap<>();
		List<Sample> samples = new ArrayList<>();
		for (LabelledPhrase phrase : phrases) {
			Map<String, Double> features = TextFeatures.of(phrase.text());
			int[] ids = new int[features.size()];
			double[] values = new double[features.size()];
			int i = 0;
			for (Map.Entry<String, Double> feature : features.entrySet()) {
				ids[i] = index.computeIfAbsent(feature.getKey(), key -> index.size());
				values[i++] = feature.getValue();
			}
			samples.add(new Sample(ids, values, phrase.intent().ordinal()));
		}
		String[] names = new String[index.size()];
		index.forEach((name, id) -> names[id] = name);
		int k = INTENTS.length;
		double[] weights = new double[index.size() * k];
		double[] bias = new double[k];
		Random random = new Random(42);
		List<Sample> order = new ArrayList<>(samples);
		double[] scores = new double[k];
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			java.util.Collections.shuffle(order, random);
			double rate = LEARNING_RATE / (1 + epoch * 0.1);
			for (Sample sample : order) {
				score(sample.ids, sample.values, weights, bias, scores);
				softmax(scores);
				for (int c = 0; c < k; c++) {
					double gradient = scores[c] - ((c == sample.intent) ? 1 : 0);
					bias[c] -= rate * gradient;
					for (int f = 0; f < sample.ids.length; f++) {
						int at = sample.ids[f] * k + c;
						weights[at] -= rate * (gradient * sample.values[f] + L2 * weights[at]);
					}
				}
			}
		}
		return new IntentModel(Map.copyOf(index), names, weights, bias);
	}

	/** The model trained on the phrases that ship with Doorstep. */
	public static IntentModel shipped() {
		return train(PhraseFiles.training());
	}

	/** What the text most likely means, with every intent's probability. */
	public Prediction predict(String text) {
		Map<String, Double> features = TextFeatures.of(text);
		List<Integer> ids = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		features.forEach((name, value) -> {
			Integer id = this.index.get(name);
			if (id != null) {
				ids.add(id);
				values.add(value);
			}
		});
		int[] idArray = ids.stream().mapToInt(Integer::intValue).toArray();
		double[] valueArray = values.stream().mapToDouble(Double::doubleValue).toArray();
		double[] scores = new double[INTENTS.length];
		score(idArray, valueArray, this.weights, this.bias, scores);
		softmax(scores);
		List<Scored> ranking = new ArrayList<>();
		for (int c = 0; c < INTENTS.length; c++) {
			ranking.add(new Scored(INTENTS[c], scores[c]));
		}
		ranking.sort(Comparator.comparingDouble(Scored::probability).reversed());
		Intent best = ranking.getFirst().intent();
		return new Prediction(best, ranking.getFirst().probability(), List.copyOf(ranking),
				explain(idArray, valueArray, best.ordinal()));
	}

	/**
	 * The features that pushed this intent most, as readable words or fragments, at most
	 * five, each text once.
	 */
	private List<String> explain(int[] ids, double[] values, int intent) {
		int k = INTENTS.length;
		Integer[] order = new Integer[ids.length];
		double[] contribution = new double[ids.length];
		for (int f = 0; f < ids.length; f++) {
			order[f] = f;
			double mean = 0;
			for (int c = 0; c < k; c++) {
				mean += this.weights[ids[f] * k + c];
			}
			contribution[f] = values[f] * (this.weights[ids[f] * k + intent] - mean / k);
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer f) -> contribution[f]).reversed());
		List<String> explanation = new ArrayList<>();
		for (Integer f : order) {
			if (contribution[f] <= 0 || explanation.size() == 5) {
				break;
			}
			String readable = readable(this.names[ids[f]]);
			if (!explanation.contains(readable)) {
				explanation.add(readable);
			}
		}
		return List.copyOf(explanation);
	}

	private static String readable(String feature) {
		String body = feature.substring(2);
		return switch (feature.charAt(0)) {
			case 'w' -> body;
			case 'b' -> body.replace('_', ' ');
			default -> "…" + body.replace("^", "").replace("$", "") + "…";
		};
	}

	private static void score(int[] ids, double[] values, double[] weights, double[] bias, double[] scores) {
		int k = bias.length;
		System.arraycopy(bias, 0, scores, 0, k);
		for (int f = 0; f < ids.length; f++) {
			int base = ids[f] * k;
			for (int c = 0; c < k; c++) {
				scores[c] += weights[base + c] * values[f];
			}
		}
	}

	private static void softmax(double[] scores) {
		double max = Arrays.stream(scores).max().orElse(0);
		double sum = 0;
		for (int c = 0; c < scores.length; c++) {
			scores[c] = Math.exp(scores[c] - max);
			sum += scores[c];
		}
		for (int c = 0; c < scores.length; c++) {
			scores[c] /= sum;
		}
	}

	private record Sample(int[] ids, double[] values, int intent) {
	}

	/** One intent's probability. */
	public record Scored(Intent intent, double probability) {
	}

	/**
	 * What a text most likely means.
	 *
	 * @param confidence the winning intent's probability
	 * @param ranking every intent, likeliest first
	 * @param explanation the words and fragments that decided, strongest first
	 */
	public record Prediction(Intent intent, double confidence, List<Scored> ranking, List<String> explanation) {
	}

}
