package dev.doorstep.support.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the intent model and the FAQ search read from a text: words ({@code w:}),
 * word pairs ({@code b:}) and the 3–5 character fragments of each word ({@code c:}, with
 * {@code ^} and {@code $} marking its ends). Numbers all count as one word, so an order
 * number in a question says "a number" and nothing more.
 */
public final class TextFeatures {

	private static final String NUMBER = "#";

	private TextFeatures() {
	}

	/** Feature name → value, L2-normalized so long and short questions weigh alike. */
	public static Map<String, Double> of(String text) {
		List<String> words = TextNormalizer.words(text)
			.stream()
			.map(word -> word.chars().allMatch(Character::isDigit) ? NUMBER : word)
			.toList();
		Map<String, Double> features = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			features.merge("w:" + word, 1.0, Double::sum);
			if (i > 0) {
				features.merge("b:" + words.get(i - 1) + "_" + word, 1.0, Double::sum);
			}
			if (!word.equals(NUMBER)) {
				String padded = "^" + word + "$";
				for (int n = 3; n <= 5; n++) {
					for (int start = 0; start + n <= padded.length(); start++) {
						features.merge("c:" + padded.substring(start, start + n), 0.4, Double::sum);
					}
				}
			}
		}
		double norm = Math.sqrt(features.values().stream().mapToDouble(value -> value * value).sum());
		if (norm > 0) {
			features.replaceAll((name, value) -> value / norm);
		}
		return features;
	}

	/** Cosine similarity of two L2-normalized feature maps. */
	public static double similarity(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = (a.size() <= b.size()) ? a : b;
		Map<String, Double> large = (small == a) ? b : a;
		double sum = 0;
		for (Map.Entry<String, Double> feature : small.entrySet()) {
			Double other = large.get(feature.getKey());
			if (other != null) {
				sum += feature.getValue() * other;
			}
		}
		return sum;
	}

}
