package dev.doorstep.recommendation.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic baskets with known structure, one per line: {@value #ITEMS} SKUs
 * ({@code P0001}…) bought with Zipf-like popularity (the item of rank r about 1/r as
 * often as the first), one to four of them per basket, and {@value #PAIRS} planted pairs:
 * when the first SKU of a pair is in a basket, its partner joins it with probability
 * {@value #PARTNER_CHANCE}. Partners are drawn from the whole catalogue, so most are not
 * popular and a popularity baseline rarely finds them. With drift, the second half of the
 * file has other partners for the same first SKUs (tastes change), which only a model
 * that weighs recent baskets higher follows quickly. Same seed, same file.
 */
final class BasketGenerator {

	static final int ITEMS = 400;

	static final int PAIRS = 60;

	static final double PARTNER_CHANCE = 0.6;

	private final Random random;

	private final double[] cumulative = new double[ITEMS];

	private final Map<String, String> partners = new HashMap<>();

	private final Map<String, String> laterPartners = new HashMap<>();

	BasketGenerator(long seed) {
		this.random = new Random(seed);
		double sum = 0;
		for (int rank = 0; rank < ITEMS; rank++) {
			sum += 1.0 / (rank + 1);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < ITEMS; rank++) {
			this.cumulative[rank] /= sum;
		}
		List<String> skus = new ArrayList<>();
		for (int rank = 0; rank < ITEMS; rank++) {
			skus.add(sku(rank));
		}
		while (this.partners.size() < PAIRS) {
			String first = skus.get(this.random.nextInt(ITEMS / 2));
			String second = skus.get(this.random.nextInt(ITEMS));
			if (!first.equals(second) && !this.partners.containsKey(second)) {
				this.partners.putIfAbsent(first, second);
			}
		}
		for (String first : this.partners.keySet().stream().sorted().toList()) {
			String second = skus.get(this.random.nextInt(ITEMS));
			while (second.equals(first) || this.partners.containsKey(second)) {
				second = skus.get(this.random.nextInt(ITEMS));
			}
			this.laterPartners.put(first, second);
		}
	}

	/** The planted pairs, first SKU to partner. */
	Map<String, String> partners() {
		return Map.copyOf(this.partners);
	}

	List<String> basket() {
		return basket(this.partners);
	}

	private List<String> basket(Map<String, String> partners) {
		Set<String> basket = new LinkedHashSet<>();
		int size = 1 + this.random.nextInt(4);
		while (basket.size() < size) {
			basket.add(sku(draw()));
		}
		for (String sku : List.copyOf(basket)) {
			String partner = partners.get(sku);
			if (partner != null && this.random.nextDouble() < PARTNER_CHANCE) {
				basket.add(partner);
			}
		}
		return List.copyOf(basket);
	}

	void write(PrintWriter out, int baskets, boolean drift) {
		for (int i = 0; i < baskets; i++) {
			out.println(String.join(",", basket((drift && i >= baskets / 2) ? this.laterPartners : this.partners)));
		}
		out.flush();
	}

	private int draw() {
		double u = this.random.nextDouble();
		int low = 0;
		int high = ITEMS - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.cumulative[middle] < u) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static String sku(int rank) {
		return "P%04d".formatted(rank + 1);
	}

}
