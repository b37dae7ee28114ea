package dev.doorstep.console.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.label.Address;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The return policy as a plain form: every field as typed, so a refused form comes back
 * unchanged, and the lists as lines of text ({@code shoes: 14}). {@link #of} and
 * {@link #parse} are inverses: a saved policy shows again exactly as it is.
 */
record ReturnPolicyForm(String windowDays, String categoryWindowDays, String nonReturnableCategories,
		Set<ReturnMethod> methods, Map<ReturnMethod, String> methodFees, Set<ReturnReason> photoReasons,
		Map<ReturnReason, String> reasonFees, boolean autoApprove, boolean exchanges, boolean freeExchanges,
		boolean storeCredit, String storeCreditBonusPercent, String keepItemBelow, Map<String, String> returnAddress,
		String stores, String zones) {

	static final List<String> ADDRESS_FIELDS = List.of("name", "street", "line2", "postcode", "city", "country");

	/** Words a parse error in the reader's language: a message key and its arguments. */
	interface Messages {

		String get(String key, Object... args);

	}

	/** A parsed policy, or the fields at fault (form field → message). */
	record Parsed(@Nullable ReturnPolicy policy, Map<String, String> errors) {
	}

	static ReturnPolicyForm of(ReturnPolicy policy) {
		Map<ReturnMethod, String> methodFees = new EnumMap<>(ReturnMethod.class);
		policy.methodFees().forEach((method, fee) -> methodFees.put(method, fee.toPlainString()));
		Map<ReturnReason, String> reasonFees = new EnumMap<>(ReturnReason.class);
		policy.reasonFees().forEach((reason, fee) -> reasonFees.put(reason, fee.toPlainString()));
		Map<String, String> address = new LinkedHashMap<>();
		Address a = policy.returnAddress();
		if (a != null) {
			address.put("name", a.name());
			address.put("street", a.street());
			address.put("line2", (a.line2() != null) ? a.line2() : "");
			address.put("postcode", a.postcode());
			address.put("city", a.city());
			address.put("country", a.country());
		}
		return new ReturnPolicyForm(String.valueOf(policy.windowDays()),
				new TreeMap<>(policy.categoryWindowDays()).entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.collect(Collectors.joining("\n")),
				policy.nonReturnableCategories().stream().sorted().collect(Collectors.joining(", ")),
				policy.methods().isEmpty() ? Set.of() : EnumSet.copyOf(policy.methods()), methodFees,
				policy.photoReasons().isEmpty() ? Set.of() : EnumSet.copyOf(policy.photoReasons()), reasonFees,
				policy.autoApprove(), policy.exchanges(), policy.freeExchanges(), policy.storeCredit(),
				String.valueOf(policy.storeCreditBonusPercent()), policy.keepItemBelow().toPlainString(), address,
				policy.stores().stream().map(ReturnPolicyForm::store).collect(Collectors.joining("\n")),
				policy.zones().stream().map(ReturnPolicyForm::zone).collect(Collectors.joining("\n")));
	}

	private static String store(ReturnPolicy.Store store) {
		String line = store.id() + " | " + store.name() + " | " + store.address();
		return (store.openingHours() != null && !store.openingHours().isBlank()) ? line + " | " + store.openingHours()
				: line;
	}

	private static String zone(ReturnPolicy.Zone zone) {
		String fees = new TreeMap<>(zone.methodFees()).entrySet()
			.stream()
			.map(e -> e.getKey().name() + "=" + e.getValue().toPlainString())
			.collect(Collectors.joining(", "));
		String line = zone.name() + " | " + zone.countries().stream().sorted().collect(Collectors.joining(", "));
		if (zone.windowDays() != null || !fees.isEmpty()) {
			line += " | " + ((zone.windowDays() != null) ? zone.windowDays() : "");
		}
		return fees.isEmpty() ? line : line + " | " + fees;
	}

	/** The form as posted; unticked checkboxes are simply missing. */
	static ReturnPolicyForm from(MultiValueMap<String, String> params) {
		Map<ReturnMethod, String> methodFees = new EnumMap<>(ReturnMethod.class);
		for (ReturnMethod method : ReturnMethod.values()) {
			String fee = text(params, "methodFees." + method.name());
			if (!fee.isBlank()) {
				methodFees.put(method, fee);
			}
		}
		Map<ReturnReason, String> reasonFees = new EnumMap<>(ReturnReason.class);
		for (ReturnReason reason : ReturnReason.values()) {
			String fee = text(params, "reasonFees." + reason.name());
			if (!fee.isBlank()) {
				reasonFees.put(reason, fee);
			}
		}
		Map<String, String> address = new LinkedHashMap<>();
		for (String field : ADDRESS_FIELDS) {
			address.put(field, text(params, "returnAddress." + field));
		}
		return new ReturnPolicyForm(text(params, "windowDays"), text(params, "categoryWindowDays"),
				text(params, "nonReturnableCategories"), enums(params, "methods", ReturnMethod.class), methodFees,
				enums(params, "photoReasons", ReturnReason.class), reasonFees, params.containsKey("autoApprove"),
				params.containsKey("exchanges"), params.containsKey("freeExchanges"), params.containsKey("storeCredit"),
				text(params, "storeCreditBonusPercent"), text(params, "keepItemBelow"), address, text(params, "stores"),
				text(params, "zones"));
	}

	/**
	 * The policy the form describes; errors are keyed by the form field and name the line
	 * of a multi-line field.
	 */
	Parsed parse(Messages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer window = whole(this.windowDays, "windowDays", errors, messages);
		Map<String, Integer> categoryWindows = new LinkedHashMap<>();
		for (Line entry : lines(this.categoryWindowDays)) {
			String line = entry.text();
			int colon = line.lastIndexOf(':');
			Integer days = (colon > 0) ? integer(line.substring(colon + 1)) : null;
			if (days == null || line.substring(0, colon).isBlank()) {
				errors.putIfAbsent("categoryWindowDays",
						messages.get("console.returnPolicy.error.categoryLine", entry.number(), line));
				continue;
			}
			categoryWindows.put(line.substring(0, colon).strip(), days);
		}
		Set<String> excluded = Arrays.stream(this.nonReturnableCategories.split(","))
			.map(String::strip)
			.filter(category -> !category.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<ReturnMethod, BigDecimal> methodFees = fees(this.methodFees, "methodFees.", errors, messages);
		Map<ReturnReason, BigDecimal> reasonFees = fees(this.reasonFees, "reasonFees.", errors, messages);
		Integer bonus = whole(this.storeCreditBonusPercent, "storeCreditBonusPercent", errors, messages);
		BigDecimal keepBelow = decimal(this.keepItemBelow.isBlank() ? "0" : this.keepItemBelow);
		if (keepBelow == null) {
			errors.put("keepItemBelow", messages.get("console.returnPolicy.error.amount"));
		}
		Address address = address(errors, messages);
		List<ReturnPolicy.Store> stores = stores(errors, messages);
		List<ReturnPolicy.Zone> zones = zones(errors, messages);
		if (!errors.isEmpty() || window == null || bonus == null || keepBelow == null) {
			return new Parsed(null, errors);
		}
		return new Parsed(new ReturnPolicy(window, categoryWindows, excluded, zones, this.methods, methodFees,
				reasonFees, this.photoReasons, this.autoApprove, this.exchanges, this.freeExchanges, this.storeCredit,
				bonus, keepBelow, stores, address), errors);
	}

	private @Nullable Address address(Map<String, String> errors, Messages messages) {
		if (this.returnAddress.values().stream().allMatch(String::isBlank)) {
			return null;
		}
		for (String field : List.of("name", "street", "postcode", "city", "country")) {
			if (this.returnAddress.getOrDefault(field, "").isBlank()) {
				errors.put("returnAddress." + field, messages.get("console.returnPolicy.error.required"));
			}
		}
		String country = this.returnAddress.getOrDefault("country", "").strip();
		if (!country.isBlank() && !country.matches("[A-Za-z]{2}")) {
			errors.put("returnAddress.country", messages.get("console.returnPolicy.error.country", country));
		}
		if (errors.keySet().stream().anyMatch(key -> key.startsWith("returnAddress."))) {
			return null;
		}
		return new Address(this.returnAddress.get("name"), this.returnAddress.get("street"),
				this.returnAddress.get("line2"), this.returnAddress.get("postcode"), this.returnAddress.get("city"),
				country);
	}

	/** {@code id | name | address | opening hours}, the hours optional. */
	private List<ReturnPolicy.Store> stores(Map<String, String> errors, Messages messages) {
		List<ReturnPolicy.Store> stores = new ArrayList<>();
		for (Line line : lines(this.stores)) {
			String[] parts = cells(line.text());
			if (parts.length < 3 || parts.length > 4 || parts[0].isEmpty() || parts[1].isEmpty()
					|| parts[2].isEmpty()) {
				errors.putIfAbsent("stores",
						messages.get("console.returnPolicy.error.storeLine", line.number(), line.text()));
				continue;
			}
			stores.add(new ReturnPolicy.Store(parts[0], parts[1], parts[2],
					(parts.length == 4 && !parts[3].isEmpty()) ? parts[3] : null));
		}
		return stores;
	}

	/** {@code name | DE, AT | days or empty | PRINTED_LABEL=3.95, QR_DROP_OFF=0}. */
	private List<ReturnPolicy.Zone> zones(Map<String, String> errors, Messages messages) {
		List<ReturnPolicy.Zone> zones = new ArrayList<>();
		for (Line entry : lines(this.zones)) {
			String line = entry.text();
			int i = entry.number();
			String[] parts = cells(line);
			String problem = null;
			Integer days = null;
			Map<ReturnMethod, BigDecimal> fees = new EnumMap<>(ReturnMethod.class);
			if (parts.length < 2 || parts.length > 4 || parts[0].isEmpty()) {
				problem = messages.get("console.returnPolicy.error.zoneLine", i, line);
			}
			else if (parts.length > 2 && !parts[2].isEmpty() && (days = integer(parts[2])) == null) {
				problem = messages.get("console.returnPolicy.error.zoneDays", i, parts[2]);
			}
			else if (parts.length > 3) {
				for (String pair : parts[3].split(",")) {
					if (pair.isBlank()) {
						continue;
					}
					String[] fee = pair.split("=", 2);
					ReturnMethod method = (fee.length == 2) ? constant(ReturnMethod.class, fee[0]) : null;
					BigDecimal amount = (fee.length == 2) ? decimal(fee[1]) : null;
					if (method == null || amount == null) {
						problem = messages.get("console.returnPolicy.error.zoneFee", i, pair.strip());
						break;
					}
					fees.put(method, amount);
				}
			}
			if (problem != null) {
				errors.putIfAbsent("zones", problem);
				continue;
			}
			Set<String> countries = Arrays.stream(parts[1].split(","))
				.map(String::strip)
				.filter(country -> !country.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
			zones.add(new ReturnPolicy.Zone(parts[0], countries, days, fees));
		}
		return zones;
	}

	private static final Pattern LIST_ENTRY = Pattern.compile("^(zones|stores)\\[(\\d+)]");

	/**
	 * Where a field {@code savePolicy} refused shows on the form: the form field, and for
	 * a list entry ({@code zones[1].countries}) the number of the line it came from.
	 */
	record Place(String field, int line) {
	}

	Place placeOf(String policyField) {
		Matcher entry = LIST_ENTRY.matcher(policyField);
		if (entry.find()) {
			String field = entry.group(1);
			List<Line> lines = lines(field.equals("zones") ? this.zones : this.stores);
			int index = Integer.parseInt(entry.group(2));
			return new Place(field, (index < lines.size()) ? lines.get(index).number() : 0);
		}
		return new Place(policyField.startsWith("categoryWindowDays.") ? "categoryWindowDays" : policyField, 0);
	}

	private static <K extends Enum<K>> Map<K, BigDecimal> fees(Map<K, String> typed, String prefix,
			Map<String, String> errors, Messages messages) {
		Map<K, BigDecimal> fees = new LinkedHashMap<>();
		typed.forEach((key, value) -> {
			BigDecimal fee = decimal(value);
			if (fee == null) {
				errors.put(prefix + key.name(), messages.get("console.returnPolicy.error.amount"));
			}
			else {
				fees.put(key, fee);
			}
		});
		return fees;
	}

	private static @Nullable Integer whole(String typed, String field, Map<String, String> errors, Messages messages) {
		Integer value = integer(typed);
		if (value == null) {
			errors.put(field, messages.get("console.returnPolicy.error.whole"));
		}
		return value;
	}

	private static @Nullable Integer integer(String typed) {
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String typed) {
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
		String wanted = name.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
	}

	/** A line of a list field that holds text, stripped, with its number from 1. */
	record Line(int number, String text) {
	}

	/** The lines that hold text; blank lines are skipped but counted. */
	static List<Line> lines(String text) {
		List<String> all = text.lines().toList();
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (!all.get(i).isBlank()) {
				lines.add(new Line(i + 1, all.get(i).strip()));
			}
		}
		return lines;
	}

	private static String[] cells(String line) {
		return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	private static <E extends Enum<E>> Set<E> enums(MultiValueMap<String, String> params, String name, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		List<String> typed = params.getOrDefault(name, List.of());
		for (String value : typed) {
			E constant = constant(type, value);
			if (constant != null) {
				values.add(constant);
			}
		}
		return values;
	}

}
