package dev.doorstep.shipment.carrier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A carrier's documented event codes and what they mean in Doorstep's vocabulary. A code
 * missing from the table is never dropped: the first family whose test fits it (e.g. a
 * prefix the carrier uses for a group of codes) decides its status, and the lookup says
 * it was not mapped, so the code gets counted and can be added.
 */
public final class StatusCodeTable {

	/** A documented code, what the carrier says it means, and its mapping. */
	public record Entry(String code, String meaning, StatusMapping mapping) {
	}

	/**
	 * The result of looking a code up.
	 *
	 * @param mapped {@code true} when the code is documented in the table
	 */
	public record Lookup(@Nullable String rawCode, StatusMapping mapping, boolean mapped) {
	}

	/** A rule for codes the table does not list, by name (e.g. {@code EVA*}). */
	public record Family(String name, Predicate<String> test, StatusMapping mapping) {
	}

	private final Map<String, Entry> codes;

	private final List<Family> families;

	private final StatusMapping fallback;

	private final boolean caseSensitive;

	private final List<Entry> entries;

	private StatusCodeTable(Builder builder) {
		this.codes = Map.copyOf(builder.codes);
		this.entries = List.copyOf(builder.codes.values());
		this.families = List.copyOf(builder.families);
		this.fallback = builder.fallback;
		this.caseSensitive = builder.caseSensitive;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Lookup lookup(@Nullable String rawCode) {
		if (rawCode == null || rawCode.isBlank()) {
			return new Lookup(rawCode, this.fallback, false);
		}
		String key = normalize(rawCode.strip(), this.caseSensitive);
		Entry entry = this.codes.get(key);
		if (entry != null) {
			return new Lookup(rawCode, entry.mapping(), true);
		}
		for (Family family : this.families) {
			if (family.test().test(key)) {
				return new Lookup(rawCode, family.mapping(), false);
			}
		}
		return new Lookup(rawCode, this.fallback, false);
	}

	/** Every documented code in the order the table lists them. */
	public List<Entry> entries() {
		return this.entries;
	}

	/** The rules for unlisted codes, in the order they are tried. */
	public List<Family> families() {
		return this.families;
	}

	/** What a code outside every family gets. */
	public StatusMapping fallback() {
		return this.fallback;
	}

	private static String normalize(String code, boolean caseSensitive) {
		return caseSensitive ? code : code.toUpperCase(Locale.ROOT);
	}

	/** Collects codes in the order of the carrier's documentation. */
	public static final class Builder {

		private final Map<String, Entry> codes = new LinkedHashMap<>();

		private final List<Family> families = new ArrayList<>();

		private StatusMapping fallback = StatusMapping.of(dev.doorstep.shipment.TrackingStatus.IN_TRANSIT);

		private boolean caseSensitive;

		private Builder() {
		}

		/**
		 * Codes that differ only in case mean different things (rare; off by default).
		 */
		public Builder caseSensitive() {
			this.caseSensitive = true;
			return this;
		}

		public Builder code(String code, String meaning, StatusMapping mapping) {
			String key = normalize(code, this.caseSensitive);
			if (this.codes.putIfAbsent(key, new Entry(code, meaning, mapping)) != null) {
				throw new IllegalStateException("Code '" + code + "' listed twice");
			}
			return this;
		}

		public Builder code(String code, String meaning, dev.doorstep.shipment.TrackingStatus status,
				@Nullable String subStatus) {
			return code(code, meaning, StatusMapping.of(status, subStatus));
		}

		/** Unknown codes starting with {@code prefix} get {@code mapping}. */
		public Builder prefix(String prefix, StatusMapping mapping) {
			String key = normalize(prefix, this.caseSensitive);
			this.families.add(new Family(prefix + "*", code -> code.startsWith(key), mapping));
			return this;
		}

		/** Unknown codes that pass {@code test} get {@code mapping}. */
		public Builder family(String name, Predicate<String> test, StatusMapping mapping) {
			this.families.add(new Family(name, test, mapping));
			return this;
		}

		/** What an unknown code outside every family gets; default in transit. */
		public Builder otherwise(StatusMapping mapping) {
			this.fallback = mapping;
			return this;
		}

		public StatusCodeTable build() {
			return new StatusCodeTable(this);
		}

	}

}
