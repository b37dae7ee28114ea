package dev.doorstep.returns.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnReason;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The portal's choices as plain form fields, so that the flow needs no JavaScript and no
 * session: {@code qty.<i>}, {@code reason.<i>}, {@code comment.<i>},
 * {@code resolution.<i>}, {@code exchange.<i>} per order item {@code i}, plus
 * {@code method} and {@code store}. The summary step carries them on as hidden fields.
 */
public record PortalForm(Map<String, String> values) {

	static PortalForm of(MultiValueMap<String, String> params) {
		Map<String, String> values = new HashMap<>();
		params.forEach((key, list) -> {
			if (!list.isEmpty() && list.getFirst() != null && key.length() <= 40) {
				String value = list.getFirst();
				values.put(key, value.length() > 2000 ? value.substring(0, 2000) : value);
			}
		});
		return new PortalForm(values);
	}

	static PortalForm empty() {
		return new PortalForm(Map.of());
	}

	public String value(String key) {
		return this.values.getOrDefault(key, "");
	}

	int quantity(int item) {
		try {
			return Integer.parseInt(value("qty." + item).strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * The request and, for each of its lines, the order item it came from (violations
	 * name request lines; the form names items).
	 */
	record Parsed(NewReturn request, List<Integer> itemOfLine) {

		/**
		 * The form field of a request field: {@code items[1].photos[0]} →
		 * {@code photos.3}.
		 */
		String field(String requestField) {
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(\\w+).*")
				.matcher(requestField);
			if (!matcher.matches()) {
				return requestField.equals("storeId") ? "store" : requestField;
			}
			int line = Integer.parseInt(matcher.group(1));
			int item = line < this.itemOfLine.size() ? this.itemOfLine.get(line) : line;
			String name = switch (matcher.group(2)) {
				case "sku", "quantity" -> "qty";
				case "exchangeSku" -> "exchange";
				default -> matcher.group(2);
			};
			return name + "." + item;
		}

	}

	/** A line per item with a quantity above zero; photos come with the files. */
	Parsed request(ReturnOptions options, Locale locale, @Nullable String key, Map<Integer, List<byte[]>> photos,
			List<Problem> problems) {
		List<NewReturn.Line> lines = new ArrayList<>();
		List<Integer> itemOfLine = new ArrayList<>();
		for (int i = 0; i < options.items().size(); i++) {
			int quantity = quantity(i);
			if (quantity <= 0) {
				continue;
			}
			ReturnOptions.Item item = options.items().get(i);
			ReturnReason reason = parse(ReturnReason.class, value("reason." + i));
			Resolution resolution = parse(Resolution.class, value("resolution." + i));
			if (reason == null) {
				problems.add(new Problem("reason." + i, "returns.form.reason.missing"));
				continue;
			}
			if (resolution == null) {
				problems.add(new Problem("resolution." + i, "returns.form.resolution.missing"));
				continue;
			}
			String exchange = (resolution == Resolution.EXCHANGE) ? blankToNull(value("exchange." + i)) : null;
			List<NewReturn.Photo> files = photos.getOrDefault(i, List.of()).stream().map(NewReturn.Photo::new).toList();
			lines.add(new NewReturn.Line(item.sku(), quantity, reason, blankToNull(value("comment." + i)), resolution,
					exchange, files));
			itemOfLine.add(i);
		}
		return new Parsed(new NewReturn(lines, parse(ReturnMethod.class, value("method")), blankToNull(value("store")),
				key, locale), List.copyOf(itemOfLine));
	}

	/** A field in trouble and the message key that says why. */
	public record Problem(String field, String key, @Nullable Object arg) {

		Problem(String field, String key) {
			this(field, key, null);
		}

	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		try {
			return value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
