package dev.doorstep.delivery.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.jspecify.annotations.Nullable;

/**
 * Working days and delivery days: weekends, each country's national public holidays (from
 * jollyday, a maintained holiday library, not a hand-typed list) and each carrier's
 * delivery days. Regional holidays (a German Land, a Swiss canton) are not counted: the
 * model sees postcodes, not regions, and a lane's history absorbs them.
 */
public final class BusinessCalendar {

	/** Holidays are facts of the calendar, not of any shop: one cache per process. */
	private static final Map<String, Map<Integer, Set<LocalDate>>> HOLIDAYS = new ConcurrentHashMap<>();

	private static final Map<String, @Nullable HolidayManager> MANAGERS = new ConcurrentHashMap<>();

	private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

	private final ModelSettings settings;

	public BusinessCalendar(ModelSettings settings) {
		this.settings = settings;
	}

	/** A national public holiday in {@code country} (ISO 3166-1 alpha-2). */
	public boolean isHoliday(String country, LocalDate date) {
		// Keyed by the code as given ("de" and "DE" load the same calendar), so the hot
		// path builds no string.
		Map<Integer, Set<LocalDate>> years = HOLIDAYS.computeIfAbsent(country, key -> new ConcurrentHashMap<>());
		return years.computeIfAbsent(date.getYear(), year -> load(country.toUpperCase(Locale.ROOT), year))
			.contains(date);
	}

	private static Set<LocalDate> load(String country, int year) {
		HolidayManager manager = MANAGERS.computeIfAbsent(country, BusinessCalendar::manager);
		if (manager == null) {
			return Set.of();
		}
		Set<LocalDate> dates = new HashSet<>();
		for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
			dates.add(holiday.getActualDate());
		}
		return Set.copyOf(dates);
	}

	private static @Nullable HolidayManager manager(String country) {
		// jollyday lists its calendars in upper case and loads them in lower case.
		if (!HolidayManager.getSupportedCalendarCodes().contains(country)) {
			// An unknown country still counts weekends; its holidays show up in the
			// history.
			return null;
		}
		try {
			return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
		}
		catch (RuntimeException ex) {
			// A calendar the library lists but cannot load must not break predictions.
			return null;
		}
	}

	/**
	 * A day a warehouse in {@code country} hands parcels over: Monday to Friday, no
	 * holiday.
	 */
	public boolean isWorkingDay(String country, LocalDate date) {
		return WEEKDAYS.contains(date.getDayOfWeek()) && !isHoliday(country, date);
	}

	/** A day {@code carrier} delivers in {@code country}. */
	public boolean isDeliveryDay(String carrier, String country, LocalDate date) {
		return this.settings.deliveryDays(carrier, country).contains(date.getDayOfWeek()) && !isHoliday(country, date);
	}

	/**
	 * The day the warehouse hands the parcel to the carrier: the order day, or the next
	 * working day when the order came after the cut-off or on a day off.
	 */
	public LocalDate handOverDay(Instant orderedAt, @Nullable LocalTime cutOff, ZoneId zone, String country) {
		LocalDateTime local = LocalDateTime.ofInstant(orderedAt, zone);
		LocalDate day = local.toLocalDate();
		if (isWorkingDay(country, day) && (cutOff == null || !local.toLocalTime().isAfter(cutOff))) {
			return day;
		}
		return nextWorkingDay(country, day);
	}

	public LocalDate nextWorkingDay(String country, LocalDate after) {
		LocalDate day = after.plusDays(1);
		while (!isWorkingDay(country, day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * Delivery days in {@code (from, to]}: 0 for a delivery on the hand-over day, 1 for
	 * the next delivery day, and so on; -1 when {@code to} lies before {@code from}.
	 */
	public int deliveryDaysBetween(String carrier, String country, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -1;
		}
		Set<DayOfWeek> days = this.settings.deliveryDays(carrier, country);
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (days.contains(day.getDayOfWeek()) && !isHoliday(country, day)) {
				count++;
			}
		}
		return count;
	}

	/** The {@code n}-th delivery day after {@code from} ({@code from} itself for 0). */
	public LocalDate plusDeliveryDays(String carrier, String country, LocalDate from, int n) {
		Set<DayOfWeek> days = this.settings.deliveryDays(carrier, country);
		LocalDate day = from;
		for (int left = n; left > 0;) {
			day = day.plusDays(1);
			if (days.contains(day.getDayOfWeek()) && !isHoliday(country, day)) {
				left--;
			}
		}
		return day;
	}

	/** Working days (Monday to Friday, no holiday) in {@code (from, to]}, 0 if none. */
	public int workingDaysBetween(String country, LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(country, day)) {
				count++;
			}
		}
		return count;
	}

}
