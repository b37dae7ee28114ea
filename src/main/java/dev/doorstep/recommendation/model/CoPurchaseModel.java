package dev.doorstep.recommendation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.doorstep.recommendation.model.Recommendation.Reason;
import org.jspecify.annotations.Nullable;

/**
 * An item-to-item co-purchase model of one shop. It keeps, per SKU, the recency-weighted
 * number of baskets that held it and, per pair, how often (weighted and plainly counted)
 * both were in one basket. From those it keeps each SKU's best
 * {@link ModelSettings#neighbours() neighbours}; a basket's recommendations merge its
 * items' lists, so reading is a few map look-ups and a small sort.
 * <p>
 * Recency: a basket placed at {@code t} weighs {@code 2^((t - epoch) / halfLife)}, so a
 * newer basket weighs more and nothing has to be re-weighted as time passes: lift and
 * cosine are ratios and ignore the common scale. The minimum support is a plain count of
 * baskets.
 * <p>
 * {@link #learn} adds one basket (a new order), {@link #forget} takes one out again (a
 * cancelled order); neighbour lists touched by either are recomputed on their next read.
 * A full rebuild is a new model fed every basket. Thread-safe: reads run in parallel, a
 * write waits for them.
 */
public final class CoPurchaseModel {

	private static final int POPULAR_KEPT = 200;

	/**
	 * Baskets with more distinct SKUs count for popularity but not for pairs: a wholesale
	 * order of hundreds of lines says little about what goes together and would add tens
	 * of thousands of pairs.
	 */
	public static final int MAX_PAIRED_ITEMS = 50;

	private final ModelSettings settings;

	private final Instant epoch;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<Entry> items = new ArrayList<>();

	private double totalWeight;

	private int baskets;

	/** Neighbour lists by item id; a write removes the lists it made stale. */
	private final Map<Integer, Neighbour[]> neighbours = new ConcurrentHashMap<>();

	/**
	 * The most bought item ids overall ("") and per category, heaviest first. Learning
	 * only adds weight, so it keeps these exact by re-placing the basket's items;
	 * forgetting drops them, and the next read ranks everything again.
	 */
	private volatile @Nullable Map<String, List<Integer>> popularity;

	/**
	 * @param epoch the time a basket weighs 1 at; any instant near the data will do
	 */
	public CoPurchaseModel(ModelSettings settings, Instant epoch) {
		this.settings = settings;
		this.epoch = epoch;
	}

	/** A model of these baskets (a full rebuild). */
	public static CoPurchaseModel of(ModelSettings settings, Instant epoch, Iterable<Basket> baskets) {
		CoPurchaseModel model = new CoPurchaseModel(settings, epoch);
		for (Basket basket : baskets) {
			model.learn(basket);
		}
		return model;
	}

	public ModelSettings settings() {
		return this.settings;
	}

	/** Baskets learned (minus those forgotten). */
	public int baskets() {
		this.lock.readLock().lock();
		try {
			return this.baskets;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Distinct SKUs ever learned. */
	public int items() {
		this.lock.readLock().lock();
		try {
			return this.items.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Adds one basket. */
	public void learn(Basket basket) {
		update(basket, 1);
	}

	/** Takes out a basket learned before (a cancelled order). */
	public void forget(Basket basket) {
		update(basket, -1);
	}

	private void update(Basket basket, int sign) {
		double weight = sign * weight(basket.placedAt());
		this.lock.writeLock().lock();
		try {
			int[] basketIds = idsOf(basket);
			if (basketIds.length == 0) {
				return;
			}
			this.baskets += sign;
			this.totalWeight += weight;
			boolean paired = basketIds.length <= MAX_PAIRED_ITEMS;
			for (int i = 0; i < basketIds.length; i++) {
				Entry entry = this.items.get(basketIds[i]);
				entry.weight += weight;
				entry.count += sign;
				for (int j = 0; paired && j < basketIds.length; j++) {
					if (i != j) {
						Cell cell = entry.pairs.computeIfAbsent(basketIds[j], id -> new Cell());
						cell.weight += weight;
						cell.count += sign;
						if (cell.count <= 0) {
							entry.pairs.remove(basketIds[j]);
						}
					}
				}
			}
			// The basket's items have new counts: their lists change, and so do the lists
			// of every item that has one of them as a neighbour.
			for (int id : basketIds) {
				this.neighbours.remove(id);
				for (Integer other : this.items.get(id).pairs.keySet()) {
					this.neighbours.remove(other);
				}
			}
			updatePopularity(basketIds, sign);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void updatePopularity(int[] basketIds, int sign) {
		Map<String, List<Integer>> ranked = this.popularity;
		if (ranked == null) {
			return;
		}
		if (sign < 0) {
			this.popularity = null;
			return;
		}
		for (int id : basketIds) {
			String category = this.items.get(id).category;
			for (String key : (category != null) ? List.of("", category) : List.of("")) {
				List<Integer> list = ranked.computeIfAbsent(key, k -> new ArrayList<>());
				list.remove((Integer) id);
				int position = list.size();
				while (position > 0 && heavier(id, list.get(position - 1))) {
					position--;
				}
				list.add(position, id);
				if (list.size() > POPULAR_KEPT) {
					list.remove(list.size() - 1);
				}
			}
		}
	}

	/** Heavier first; equal weights by SKU, as the full ranking orders them. */
	private boolean heavier(int id, int other) {
		Entry a = this.items.get(id);
		Entry b = this.items.get(other);
		double weightA = rank(a.weight);
		double weightB = rank(b.weight);
		return (weightA != weightB) ? weightA > weightB : a.sku.compareTo(b.sku) < 0;
	}

	private int[] idsOf(Basket basket) {
		Set<String> seen = new LinkedHashSet<>();
		List<Integer> result = new ArrayList<>();
		for (Basket.Item item : basket.items()) {
			if (!seen.add(item.sku())) {
				continue;
			}
			Integer id = this.ids.get(item.sku());
			if (id == null) {
				id = this.items.size();
				this.ids.put(item.sku(), id);
				this.items.add(new Entry(item.sku()));
			}
			Entry entry = this.items.get(id);
			if (item.category() != null && !item.category().equals(entry.category)) {
				// It moved to another category: rank everything again on the next read.
				entry.category = item.category();
				this.popularity = null;
			}
			result.add(id);
		}
		return result.stream().mapToInt(Integer::intValue).toArray();
	}

	private double weight(Instant placedAt) {
		Duration halfLife = this.settings.halfLife();
		if (halfLife.isZero()) {
			return 1;
		}
		double halfLives = Duration.between(this.epoch, placedAt).toSeconds() / (double) halfLife.toSeconds();
		return Math.pow(2, halfLives);
	}

	/**
	 * The candidates for a basket, up to {@code depth} per tier.
	 * @param basket the basket's SKUs
	 * @param categories categories to look in besides those the model saw the basket's
	 * items in (e.g. from the catalogue)
	 */
	public Candidates candidates(Collection<String> basket, Collection<String> categories, int depth) {
		Set<String> own = new HashSet<>(basket);
		Set<String> basketCategories = new LinkedHashSet<>();
		this.lock.readLock().lock();
		try {
			Map<Integer, Double> merged = new HashMap<>();
			for (String sku : own) {
				Integer id = this.ids.get(sku);
				if (id == null) {
					continue;
				}
				String category = this.items.get(id).category;
				if (category != null) {
					basketCategories.add(category);
				}
				for (Neighbour neighbour : neighbours(id)) {
					merged.merge(neighbour.id, neighbour.score, Double::sum);
				}
			}
			List<Recommendation> together = merged.entrySet()
				.stream()
				.map(entry -> new Recommendation(this.items.get(entry.getKey()).sku, entry.getValue(),
						Reason.BOUGHT_TOGETHER))
				.filter(recommendation -> !own.contains(recommendation.sku()))
				.sorted(BEST_FIRST)
				.limit(depth)
				.toList();
			basketCategories.addAll(categories);
			Map<String, List<Integer>> ranked = popularity();
			List<Recommendation> inCategory = basketCategories.stream()
				.flatMap(category -> popular(ranked, category, own, depth, Reason.POPULAR_IN_CATEGORY).stream())
				.sorted(BEST_FIRST)
				.distinct()
				.limit(depth)
				.toList();
			return new Candidates(together, inCategory, popular(ranked, "", own, depth, Reason.POPULAR));
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private List<Recommendation> popular(Map<String, List<Integer>> ranked, String key, Set<String> own, int depth,
			Reason reason) {
		List<Recommendation> popular = new ArrayList<>(depth);
		for (int id : ranked.getOrDefault(key, List.of())) {
			Entry entry = this.items.get(id);
			if (popular.size() == depth) {
				break;
			}
			if (!own.contains(entry.sku)) {
				popular.add(new Recommendation(entry.sku, entry.weight / this.totalWeight, reason));
			}
		}
		return popular;
	}

	/**
	 * Up to {@code limit} recommendations when every learned SKU may be recommended and
	 * each is its own product group (the evaluation, tests).
	 */
	public List<Recommendation> recommend(Collection<String> basket, int limit) {
		return candidates(basket, List.of(), limit).pick(limit, basket, sku -> sku);
	}

	private static final Comparator<Recommendation> BEST_FIRST = Comparator
		.comparingDouble((Recommendation recommendation) -> rank(recommendation.score()))
		.reversed()
		.thenComparing(Recommendation::sku);

	/**
	 * The value with its last 16 bits of mantissa dropped, for ranking: a weight that
	 * went up and down again by the same baskets differs from the one that never moved in
	 * the last bits only, and must tie with it (and fall to the SKU order) as it does in
	 * a model rebuilt without those baskets. Monotonic, so sorting by it stays
	 * consistent.
	 */
	static double rank(double value) {
		return Double.longBitsToDouble(Double.doubleToRawLongBits(value) & ~0xFFFFL);
	}

	/** The item's best neighbours, computed now if a write made them stale. */
	private Neighbour[] neighbours(int id) {
		Neighbour[] cached = this.neighbours.get(id);
		if (cached != null) {
			return cached;
		}
		// Under the read lock: the counts cannot change, and two readers computing the
		// same list compute the same list.
		Neighbour[] computed = computeNeighbours(id);
		this.neighbours.put(id, computed);
		return computed;
	}

	private Neighbour[] computeNeighbours(int id) {
		Entry entry = this.items.get(id);
		int keep = this.settings.neighbours();
		PriorityQueue<Neighbour> best = new PriorityQueue<>(keep + 1, Comparator.comparingDouble(n -> n.score));
		for (Map.Entry<Integer, Cell> pair : entry.pairs.entrySet()) {
			Cell cell = pair.getValue();
			if (cell.count < this.settings.minSupport() || cell.weight <= 0) {
				continue;
			}
			Entry other = this.items.get(pair.getKey());
			double score = switch (this.settings.score()) {
				case LIFT -> cell.weight * this.totalWeight / (entry.weight * other.weight);
				case COSINE -> cell.weight / Math.sqrt(entry.weight * other.weight);
			};
			best.add(new Neighbour(pair.getKey(), score));
			if (best.size() > keep) {
				best.poll();
			}
		}
		Neighbour[] result = best.toArray(new Neighbour[0]);
		Arrays.sort(result, Comparator.comparingDouble((Neighbour n) -> n.score).reversed());
		return result;
	}

	/**
	 * The popularity ranking, ranked from scratch after a forget. Called under the read
	 * lock: readers ranking at once rank the same.
	 */
	private Map<String, List<Integer>> popularity() {
		Map<String, List<Integer>> current = this.popularity;
		if (current != null) {
			return current;
		}
		Map<String, List<Integer>> ranked = new HashMap<>();
		List<Integer> all = new ArrayList<>();
		for (int id = 0; id < this.items.size(); id++) {
			if (this.items.get(id).count > 0) {
				all.add(id);
			}
		}
		all.sort((a, b) -> heavier(a, b) ? -1 : (a.equals(b) ? 0 : 1));
		for (int id : all) {
			String category = this.items.get(id).category;
			for (String key : (category != null) ? List.of("", category) : List.of("")) {
				List<Integer> list = ranked.computeIfAbsent(key, k -> new ArrayList<>());
				if (list.size() < POPULAR_KEPT) {
					list.add(id);
				}
			}
		}
		this.popularity = ranked;
		return ranked;
	}

	/** One SKU's counts. */
	private static final class Entry {

		final String sku;

		@Nullable String category;

		double weight;

		int count;

		final Map<Integer, Cell> pairs = new HashMap<>();

		Entry(String sku) {
			this.sku = sku;
		}

	}

	/** One pair's counts. */
	private static final class Cell {

		double weight;

		int count;

	}

	private record Neighbour(int id, double score) {
	}

}
