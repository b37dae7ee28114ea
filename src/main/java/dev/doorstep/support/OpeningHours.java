package dev.doorstep.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.runtime.InvalidRequestException;

/**
 * When the shop's support answers: ranges per weekday in the shop's own time zone (a shop
 * in Berlin opens at 9 Berlin time, summer or winter). Shoppers see them converted to
 * their own zone ({@link #render}); the phone line only connects a caller while open.
 *
 * @param ranges the ranges per weekday, sorted; a day without ranges is closed
 */
public record OpeningHours(Map<DayOfWeek, List<Range>> ranges) {

	public OpeningHours {
		Map<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
		ranges.forEach((day, list) -> {
			if (!list.isEmpty()) {
				copy.put(day, list.stream().sorted(Comparator.comparing(Range::opens)).toList());
			}
		});
		for (Map.Entry<DayOfWeek, List<Range>> day : copy.entrySet()) {
			List<Range> list = day.getValue();
			for (int i = 0; i < list.size(); i++) {
				if (!list.get(i).closes().isAfter(list.get(i).opens())) {
					throw new InvalidRequestException(day.getKey().name().toLowerCase(Locale.ROOT),
							"a range must close after it opens");
				}
				if (i > 0 && list.get(i).opens().isBefore(list.get(i - 1).closes())) {
					throw new InvalidRequestException(day.getKey().name().toLowerCase(Locale.ROOT),
							"ranges must not overlap");
				}
			}
		}
		ranges = Map.copyOf(copy);
	}

	/** From opening to closing time on one day, in the shop's zone. */
	public record Range(LocalTime opens, LocalTime closes) {
	}

	/** One converted range as the shopper reads it ("Mon 15:00 – 23:00"). */
	public record Shown(String day, String from, String to) {
	}

	public static OpeningHours none() {
		return new OpeningHours(Map.of());
	}

	public boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	public List<Range> on(DayOfWeek day) {
		return this.ranges.getOrDefault(day, List.of());
	}

	/** Whether support is open at this instant. */
	public boolean openAt(Instant instant, ZoneId shopZone) {
		ZonedDateTime local = instant.atZone(shopZone);
		LocalTime time = local.toLocalTime();
		return on(local.getDayOfWeek()).stream()
			.anyMatch(range -> !time.isBefore(range.opens()) && time.isBefore(range.closes()));
	}

	/**
	 * The coming seven days' ranges as a shopper in {@code shopperZone} reads them,
	 * starting with today in the shop's zone: each range is taken on its real date, so
	 * daylight saving time on either side is respected, and a range may land on another
	 * weekday in the shopper's zone.
	 */
	public List<Shown> render(Instant now, ZoneId shopZone, ZoneId shopperZone, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		LocalDate today = now.atZone(shopZone).toLocalDate();
		List<Shown> shown = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = today.plusDays(i);
			for (Range range : on(date.getDayOfWeek())) {
				ZonedDateTime from = date.atTime(range.opens()).atZone(shopZone).withZoneSameInstant(shopperZone);
				ZonedDateTime to = date.atTime(range.closes()).atZone(shopZone).withZoneSameInstant(shopperZone);
				String day = from.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
				String end = to.format(time) + (to.toLocalDate().equals(from.toLocalDate()) ? ""
						: " (" + to.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + ")");
				shown.add(new Shown(day, from.format(time), end));
			}
		}
		return shown;
	}

}
