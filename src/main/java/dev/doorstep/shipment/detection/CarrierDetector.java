package dev.doorstep.shipment.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.shipment.CarrierCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Suggests the carrier of a tracking number. All formats are loaded and compiled once at
 * start; a format matches when its pattern matches the whole number (spaces removed,
 * upper case), its check digit (if it has one) is right and its required lookups (the S10
 * country) succeed.
 */
@Service
public class CarrierDetector {

	/** A verified check digit behind a fixed prefix of two or more characters. */
	private static final double DECISIVE_CONFIDENCE = 0.89;

	static final String DATA_LOCATION = "classpath*:shipment/tracking-number-data/couriers/*.json";

	static final String EU_LOCATION = "classpath*:shipment/tracking-number-formats-eu.json";

	/** Courier codes of the data that Doorstep has a carrier for. */
	private static final Map<String, String> CARRIERS = Map.of("dhl", "dhl", "dpd", "dpd", "ups", "ups", "fedex",
			"fedex", "usps", "usps", "gls", "gls", "hermes", "hermes", "postnl", "postnl", "royal_mail", "royal-mail",
			"deutsche_post", "deutsche-post");

	/** S10 numbers end in the issuing post's country. */
	private static final Map<String, String> S10_COUNTRIES = Map.of("DE", "deutsche-post", "GB", "royal-mail", "NL",
			"postnl", "US", "usps");

	private final List<Format> formats;

	public CarrierDetector() {
		List<Format> loaded = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		for (String location : List.of(DATA_LOCATION, EU_LOCATION)) {
			for (Resource resource : resources(location)) {
				try (InputStream in = resource.getInputStream()) {
					JsonNode root = json.readTree(in);
					if (root.isArray()) {
						root.forEach(courier -> loaded.addAll(Format.of(courier)));
					}
					else {
						loaded.addAll(Format.of(root));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + resource, ex);
				}
			}
		}
		this.formats = List.copyOf(loaded);
	}

	/** Whitespace removed, upper case: the form the patterns are written against. */
	public static String normalize(String trackingNumber) {
		return trackingNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/** Ranked: verified check digits first, then longer fixed prefixes. */
	public List<Candidate> detect(String trackingNumber) {
		String number = normalize(trackingNumber);
		List<Ranked> found = new ArrayList<>();
		for (Format format : this.formats) {
			Candidate candidate = format.match(number);
			if (candidate != null) {
				found.add(new Ranked(candidate, format.pattern.pattern().length()));
			}
		}
		found.sort(Comparator.comparing((Ranked r) -> !r.candidate.checksumValid())
			.thenComparing(r -> -r.candidate.confidence())
			.thenComparing(r -> -r.patternLength)
			.thenComparing(r -> r.candidate.courierName()));
		return found.stream().map(Ranked::candidate).toList();
	}

	/** The ranked candidates in the shape the API and the command line print. */
	public DetectionReport report(String trackingNumber) {
		return new DetectionReport(normalize(trackingNumber),
				detect(trackingNumber).stream().map(DetectionReport.Entry::of).toList());
	}

	/**
	 * The one carrier a tracking number belongs to, when that is certain enough to act on
	 * without asking: every candidate names the same carrier, or the best candidate has a
	 * verified check digit behind a fixed prefix (such as UPS's {@code 1Z}) longer than
	 * that of any other carrier's verified match. A check digit alone is not enough: one
	 * number in ten passes a mod-10 check by chance.
	 */
	public Optional<CarrierCode> carrierFor(String trackingNumber) {
		List<Candidate> candidates = detect(trackingNumber);
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Candidate best = candidates.get(0);
		if (best.carrier() != null && best.checksumValid() && best.confidence() >= DECISIVE_CONFIDENCE
				&& candidates.stream()
					.filter(other -> other.checksumValid() && !best.carrier().equals(other.carrier()))
					.allMatch(other -> other.confidence() < best.confidence())) {
			return Optional.of(best.carrier());
		}
		Set<CarrierCode> carriers = new LinkedHashSet<>();
		candidates.forEach(candidate -> carriers.add(candidate.carrier()));
		if (carriers.size() != 1 || carriers.contains(null)) {
			return Optional.empty();
		}
		return Optional.of(carriers.iterator().next());
	}

	List<Format> formats() {
		return this.formats;
	}

	private static List<Resource> resources(String location) {
		try {
			return Arrays.asList(new PathMatchingResourcePatternResolver(CarrierDetector.class.getClassLoader())
				.getResources(location));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + location, ex);
		}
	}

	private record Ranked(Candidate candidate, int patternLength) {
	}

	/** One format of one courier, compiled. */
	record Format(String courierName, String courierCode, String name, Pattern pattern, @Nullable JsonNode checksum,
			@Nullable Pattern prependIf, String prependContent, List<Lookup> required, int prefixLength,
			List<String> validSamples, List<String> invalidSamples) {

		static List<Format> of(JsonNode courier) {
			String courierName = courier.path("name").asString();
			String code = courier.path("courier_code").asString();
			List<Format> formats = new ArrayList<>();
			for (JsonNode number : courier.path("tracking_numbers")) {
				JsonNode regexNode = number.path("regex");
				StringBuilder regex = new StringBuilder();
				if (regexNode.isArray()) {
					regexNode.forEach(part -> regex.append(part.asString()));
				}
				else {
					regex.append(regexNode.asString());
				}
				JsonNode validation = number.path("validation");
				JsonNode checksum = validation.path("checksum");
				JsonNode prepend = validation.path("serial_number_format").path("prepend_if");
				List<Lookup> required = new ArrayList<>();
				for (JsonNode name : validation.path("additional").path("exists")) {
					for (JsonNode additional : number.path("additional")) {
						if (additional.path("name").asString().equals(name.asString())) {
							required.add(new Lookup(additional.path("regex_group_name").asString(),
									additional.path("lookup")));
						}
					}
				}
				formats.add(new Format(courierName, code, number.path("name").asString(),
						Pattern.compile(regex.toString()), checksum.isObject() ? checksum : null,
						prepend.isObject() ? Pattern.compile(prepend.path("matches_regex").asString()) : null,
						prepend.path("content").asString(""), List.copyOf(required), prefixLength(regex.toString()),
						strings(number.path("test_numbers").path("valid")),
						strings(number.path("test_numbers").path("invalid"))));
			}
			return formats;
		}

		@Nullable Candidate match(String number) {
			Matcher matcher = this.pattern.matcher(number);
			if (!matcher.matches()) {
				return null;
			}
			for (Lookup lookup : this.required) {
				if (!lookup.finds(group(matcher, lookup.group()))) {
					return null;
				}
			}
			boolean checked = false;
			if (this.checksum != null) {
				if (!checksumValid(matcher)) {
					return null;
				}
				checked = true;
			}
			return new Candidate(this.courierName, this.name, carrier(matcher), checked, confidence(checked));
		}

		boolean hasChecksum() {
			return this.checksum != null;
		}

		private boolean checksumValid(Matcher matcher) {
			JsonNode spec = this.checksum;
			String serial = group(matcher, "SerialNumber");
			String check = group(matcher, "CheckDigit");
			if (spec == null || serial.isEmpty() || check.isEmpty()) {
				return false;
			}
			if (this.prependIf != null && this.prependIf.matcher(serial).find()) {
				serial = this.prependContent + serial;
			}
			return switch (spec.path("name").asString()) {
				case "mod7" -> Checksums.mod7(serial, check);
				case "mod10" -> Checksums.mod10(serial, check, spec.path("evens_multiplier").asInt(1),
						spec.path("odds_multiplier").asInt(1), spec.path("reverse").asBoolean(false));
				case "luhn" -> Checksums.luhn(serial, check);
				case "s10" -> Checksums.s10(serial, check);
				case "mod_37_36" -> Checksums.mod3736(serial, check);
				case "sum_product_with_weightings_and_modulo" -> Checksums.sumProduct(serial, check,
						ints(spec.path("weightings")), spec.path("modulo1").asInt(), spec.path("modulo2").asInt());
				// An algorithm we do not know cannot confirm anything.
				default -> false;
			};
		}

		private @Nullable CarrierCode carrier(Matcher matcher) {
			String code = "s10".equals(this.courierCode) ? S10_COUNTRIES.get(group(matcher, "CountryCode"))
					: CARRIERS.get(this.courierCode);
			return code == null ? null : new CarrierCode(code);
		}

		private double confidence(boolean checked) {
			int prefix = Math.min(this.prefixLength, 5);
			if (checked) {
				return round(0.85 + 0.02 * prefix);
			}
			// Shape alone: a fixed prefix like "1Z" or "JJD" still says a lot, a run of
			// digits hardly anything.
			return round((prefix >= 2 ? 0.5 : 0.3) + 0.04 * prefix);
		}

		private static double round(double value) {
			return Math.round(value * 100) / 100.0;
		}

		private static String group(Matcher matcher, String name) {
			if (!matcher.pattern().pattern().contains("(?<" + name + ">")) {
				return "";
			}
			String value = matcher.group(name);
			return value == null ? "" : value.replaceAll("\\s", "");
		}

		/**
		 * Literal characters the pattern starts with, ignoring optional whitespace and
		 * group openers: how much of the number is fixed.
		 */
		static int prefixLength(String regex) {
			String r = regex.replace("\\s*", "").replaceAll("\\(\\?<[A-Za-z0-9]+>|\\(\\?:|\\^", "(");
			int count = 0;
			for (int i = 0; i < r.length(); i++) {
				char c = r.charAt(i);
				if (c == '(') {
					continue;
				}
				boolean literal = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
				boolean quantified = i + 1 < r.length() && "{*?+".indexOf(r.charAt(i + 1)) >= 0;
				if (!literal || quantified) {
					break;
				}
				count++;
			}
			return count;
		}

		private static List<String> strings(JsonNode array) {
			List<String> values = new ArrayList<>();
			array.forEach(value -> values.add(value.asString()));
			return List.copyOf(values);
		}

		private static List<Integer> ints(JsonNode array) {
			List<Integer> values = new ArrayList<>();
			array.forEach(value -> values.add(value.asInt()));
			return List.copyOf(values);
		}

	}

	/** A required lookup: the named group's value must be listed. */
	record Lookup(String group, JsonNode entries) {

		boolean finds(String value) {
			for (JsonNode entry : this.entries) {
				if (entry.has("matches") && entry.path("matches").asString().equals(value)) {
					return true;
				}
				if (entry.has("matches_regex")
						&& Pattern.compile(entry.path("matches_regex").asString()).matcher(value).find()) {
					return true;
				}
			}
			return false;
		}

	}

}
