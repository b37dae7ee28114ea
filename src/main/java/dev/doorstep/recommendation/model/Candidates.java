package dev.doorstep.recommendation.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What the model offers for one basket, best first in three tiers: bought together with
 * the basket, popular in the basket's categories, popular overall. None holds a basket
 * SKU. The caller looks the SKUs up (which are for sale, which are variants of what) and
 * {@link #pick picks}.
 */
public record Candidates(List<Recommendation> together, List<Recommendation> inCategory, List<Recommendation> popular) {

	public Candidates {
		together = List.copyOf(together);
		inCategory = List.copyOf(inCategory);
		popular = List.copyOf(popular);
	}

	/** Every SKU in the three tiers, once, best tier first. */
	public Set<String> skus() {
		Set<String> skus = new LinkedHashSet<>();
		for (List<Recommendation> tier : List.of(this.together, this.inCategory, this.popular)) {
			tier.forEach(recommendation -> skus.add(recommendation.sku()));
		}
		return skus;
	}

	/**
	 * Up to {@code limit} recommendations: tier by tier, best first, at most one per
	 * product group and none of a group the basket already holds (no other size of the
	 * shirt in the basket).
	 * @param basketGroups the product groups of the basket's items
	 * @param groupOf the product group of a SKU that may be recommended, or {@code null}
	 * when it must not be (unavailable, unknown)
	 */
	public List<Recommendation> pick(int limit, Collection<String> basketGroups,
			Function<String, @Nullable String> groupOf) {
		List<Recommendation> picked = new ArrayList<>(limit);
		Set<String> taken = new HashSet<>(basketGroups);
		for (List<Recommendation> tier : List.of(this.together, this.inCategory, this.popular)) {
			for (Recommendation candidate : tier) {
				if (picked.size() == limit) {
					return picked;
				}
				String group = groupOf.apply(candidate.sku());
				if (group != null && taken.add(group)) {
					picked.add(candidate);
				}
			}
		}
		return picked;
	}

}
