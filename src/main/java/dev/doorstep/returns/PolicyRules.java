package dev.doorstep.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;

/** What a policy must satisfy before it is saved; field names are those of the JSON. */
final class PolicyRules {

	static final int MAX_WINDOW_DAYS = 365;

	private PolicyRules() {
	}

	static void validate(ReturnPolicy policy) {
		List<FieldViolation> violations = new ArrayList<>();
		days(violations, "windowDays", policy.windowDays());
		policy.categoryWindowDays()
			.forEach((category, days) -> days(violations, "categoryWindowDays." + category, days));
		fees(violations, "methodFees", policy.methodFees());
		fees(violations, "reasonFees", policy.reasonFees());
		Set<String> names = new HashSet<>();
		Set<String> countries = new HashSet<>();
		for (int i = 0; i < policy.zones().size(); i++) {
			ReturnPolicy.Zone zone = policy.zones().get(i);
			String at = "zones[" + i + "]";
			if (zone.name() == null || zone.name().isBlank() || !names.add(zone.name().strip())) {
				violations.add(new FieldViolation(at + ".name", "must be given and unique"));
			}
			if (zone.countries().isEmpty()) {
				violations.add(new FieldViolation(at + ".countries", "must name at least one country"));
			}
			for (String country : zone.countries()) {
				if (!country.matches("[A-Z]{2}")) {
					violations
						.add(new FieldViolation(at + ".countries", country + " is not an ISO 3166-1 alpha-2 code"));
				}
				else if (!countries.add(country)) {
					violations.add(new FieldViolation(at + ".countries", country + " is in two zones"));
				}
			}
			if (zone.windowDays() != null) {
				days(violations, at + ".windowDays", zone.windowDays());
			}
			fees(violations, at + ".methodFees", zone.methodFees());
		}
		if (policy.storeCreditBonusPercent() < 0 || policy.storeCreditBonusPercent() > 100) {
			violations.add(new FieldViolation("storeCreditBonusPercent", "must be 0 to 100"));
		}
		if (policy.keepItemBelow() == null || policy.keepItemBelow().signum() < 0) {
			violations.add(new FieldViolation("keepItemBelow", "must be 0 (off) or more"));
		}
		if (policy.methods().isEmpty()) {
			violations.add(new FieldViolation("methods", "offer at least one way back"));
		}
		Set<String> storeIds = new HashSet<>();
		for (int i = 0; i < policy.stores().size(); i++) {
			ReturnPolicy.Store store = policy.stores().get(i);
			if (store.id() == null || store.id().isBlank() || !storeIds.add(store.id())) {
				violations.add(new FieldViolation("stores[" + i + "].id", "must be given and unique"));
			}
			if (store.name() == null || store.name().isBlank()) {
				violations.add(new FieldViolation("stores[" + i + "].name", "must be given"));
			}
			if (store.address() == null || store.address().isBlank()) {
				violations.add(new FieldViolation("stores[" + i + "].address", "must be given"));
			}
		}
		if (policy.methods().contains(ReturnMethod.STORE_DROP_OFF) && policy.stores().isEmpty()) {
			violations.add(new FieldViolation("stores", "store drop-off needs at least one store"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
	}

	private static void days(List<FieldViolation> violations, String field, int days) {
		if (days < 1 || days > MAX_WINDOW_DAYS) {
			violations.add(new FieldViolation(field, "must be 1 to " + MAX_WINDOW_DAYS + " days"));
		}
	}

	private static void fees(List<FieldViolation> violations, String field, Map<?, BigDecimal> fees) {
		fees.forEach((key, fee) -> {
			if (fee == null || fee.signum() < 0 || fee.scale() > 2) {
				violations.add(new FieldViolation(field + "." + key, "must be an amount of 0 or more"));
			}
		});
	}

}
