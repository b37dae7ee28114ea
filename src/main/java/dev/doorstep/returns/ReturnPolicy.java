package dev.doorstep.returns;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.returns.label.Address;
import org.jspecify.annotations.Nullable;

/**
 * A shop's rules for returns, evaluated the same way by the portal, the API and the
 * console. Amounts are in the order's currency.
 *
 * @param windowDays days to start a return, counted from delivery (from the order date
 * while delivery is unknown)
 * @param categoryWindowDays a different window for some product categories (category →
 * days)
 * @param nonReturnableCategories categories taken back only when damaged or wrong
 * @param zones where returns are accepted from, by the shopper's country; empty means
 * from everywhere under the base rules. A country in no zone cannot return
 * @param methods the ways back the shop offers
 * @param methodFees fee per method (missing = free)
 * @param reasonFees extra fee per reason (missing = none); never charged for
 * {@link ReturnReason#shopsFault() the shop's fault}
 * @param photoReasons reasons that need at least one photo
 * @param autoApprove approve requests at once; else they wait for the shop's review
 * @param exchanges offer another variant of the same product
 * @param freeExchanges no fee when every item is exchanged
 * @param storeCredit offer store credit
 * @param storeCreditBonusPercent bonus on store credit (10 = 10 % more than a refund)
 * @param keepItemBelow offer "keep the item" with a refund for items worth less than this
 * (per piece); zero switches it off
 * @param stores the shop's stores that take returns (for
 * {@link ReturnMethod#STORE_DROP_OFF})
 * @param returnAddress where return parcels go; printed labels need it
 */
public record ReturnPolicy(int windowDays, Map<String, Integer> categoryWindowDays, Set<String> nonReturnableCategories,
		List<Zone> zones, Set<ReturnMethod> methods, Map<ReturnMethod, BigDecimal> methodFees,
		Map<ReturnReason, BigDecimal> reasonFees, Set<ReturnReason> photoReasons, boolean autoApprove,
		boolean exchanges, boolean freeExchanges, boolean storeCredit, int storeCreditBonusPercent,
		BigDecimal keepItemBelow, List<Store> stores, @Nullable Address returnAddress) {

	public static final int DEFAULT_WINDOW_DAYS = 30;

	public ReturnPolicy {
		categoryWindowDays = categoryWindowDays.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(entry -> category(entry.getKey()),
					Map.Entry::getValue, (a, b) -> b));
		nonReturnableCategories = Set.copyOf(nonReturnableCategories.stream().map(ReturnPolicy::category).toList());
		zones = List.copyOf(zones);
		methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
		methodFees = Map.copyOf(methodFees);
		reasonFees = Map.copyOf(reasonFees);
		photoReasons = Set.copyOf(photoReasons);
		stores = List.copyOf(stores);
	}

	/**
	 * A new shop's policy: 30 days from delivery, from everywhere, free, printed label or
	 * label-less QR code, approved at once, exchanges and store credit offered, photos
	 * for damaged items.
	 */
	public static ReturnPolicy defaults() {
		return new ReturnPolicy(DEFAULT_WINDOW_DAYS, Map.of(), Set.of(), List.of(),
				Set.of(ReturnMethod.QR_DROP_OFF, ReturnMethod.PRINTED_LABEL), Map.of(), Map.of(),
				Set.of(ReturnReason.DAMAGED), true, true, true, true, 0, BigDecimal.ZERO, List.of(), null);
	}

	/**
	 * A group of countries with its own window and fees.
	 *
	 * @param windowDays the zone's window, or null for the policy's
	 * @param methodFees the zone's fee per method; a method missing here costs what the
	 * policy says
	 */
	public record Zone(String name, Set<String> countries, @Nullable Integer windowDays,
			Map<ReturnMethod, BigDecimal> methodFees) {

		public Zone {
			countries = Set.copyOf(countries.stream().map(country -> country.toUpperCase(Locale.ROOT)).toList());
			methodFees = Map.copyOf(methodFees);
		}

	}

	/** A store that takes returns over the counter. */
	public record Store(String id, String name, String address, @Nullable String openingHours) {
	}

	/** The zone a shopper's country falls in; empty when there is none. */
	public Optional<Zone> zoneOf(@Nullable String country) {
		if (country == null) {
			return Optional.empty();
		}
		String code = country.toUpperCase(Locale.ROOT);
		return this.zones.stream().filter(zone -> zone.countries().contains(code)).findFirst();
	}

	public Optional<Store> store(@Nullable String id) {
		return this.stores.stream().filter(store -> store.id().equals(id)).findFirst();
	}

	/** Categories compare without case and surrounding space. */
	public static String category(String category) {
		return category.strip().toLowerCase(Locale.ROOT);
	}

}
