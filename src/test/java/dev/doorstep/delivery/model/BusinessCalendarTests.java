package dev.doorstep.delivery.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final BusinessCalendar calendar = new BusinessCalendar(ModelSettings.defaults());

	@Test
	void knowsGermanNationalHolidays() {
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 4, 6))).as("Easter Monday 2026").isTrue();
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isTrue();
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 10, 3))).as("German Unity Day").isTrue();
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 12, 25))).isTrue();
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 4, 7))).isFalse();
		// Epiphany is a holiday in Bavaria only, and in Austria nationwide.
		assertThat(this.calendar.isHoliday("DE", LocalDate.of(2026, 1, 6))).isFalse();
		assertThat(this.calendar.isHoliday("AT", LocalDate.of(2026, 1, 6))).isTrue();
		assertThat(this.calendar.isHoliday("FR", LocalDate.of(2026, 7, 14))).isTrue();
		assertThat(this.calendar.isHoliday("NL", LocalDate.of(2026, 4, 27))).as("King's Day").isTrue();
	}

	@Test
	void unknownCountriesStillHaveWeekends() {
		assertThat(this.calendar.isHoliday("XX", LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(this.calendar.isWorkingDay("XX", LocalDate.of(2026, 4, 4))).isFalse();
	}

	@Test
	void noCarrierDeliversOnSundaysAndSomeOnSaturdays() {
		LocalDate saturday = LocalDate.of(2026, 3, 28);
		LocalDate sunday = saturday.plusDays(1);
		assertThat(this.calendar.isDeliveryDay("dhl", "DE", saturday)).isTrue();
		assertThat(this.calendar.isDeliveryDay("dhl", "DE", sunday)).isFalse();
		assertThat(this.calendar.isDeliveryDay("ups", "DE", saturday)).isFalse();
		assertThat(this.calendar.isDeliveryDay("dpd", "DE", saturday)).isTrue();
		assertThat(this.calendar.isDeliveryDay("dpd", "AT", saturday)).as("Saturday only in DE").isFalse();
		assertThat(this.calendar.isDeliveryDay("dhl", "DE", LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
	}

	@Test
	void countsDeliveryDaysAcrossEaster() {
		LocalDate thursday = LocalDate.of(2026, 4, 2);
		// Fri 3 (Good Friday), Sat 4, Sun 5, Mon 6 (Easter Monday), Tue 7.
		assertThat(this.calendar.deliveryDaysBetween("dhl", "DE", thursday, LocalDate.of(2026, 4, 7))).isEqualTo(2);
		assertThat(this.calendar.deliveryDaysBetween("ups", "DE", thursday, LocalDate.of(2026, 4, 7))).isEqualTo(1);
		assertThat(this.calendar.plusDeliveryDays("ups", "DE", thursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(this.calendar.plusDeliveryDays("dhl", "DE", thursday, 1)).isEqualTo(LocalDate.of(2026, 4, 4));
		assertThat(this.calendar.plusDeliveryDays("dhl", "DE", thursday, 0)).isEqualTo(thursday);
		assertThat(this.calendar.deliveryDaysBetween("dhl", "DE", thursday, thursday.minusDays(1))).isEqualTo(-1);
	}

	@Test
	void handsOverOnTheNextWorkingDayAfterTheCutOff() {
		LocalTime cutOff = LocalTime.of(14, 0);
		Instant tuesdayMorning = LocalDate.of(2026, 3, 24).atTime(10, 0).atZone(BERLIN).toInstant();
		Instant tuesdayEvening = LocalDate.of(2026, 3, 24).atTime(15, 30).atZone(BERLIN).toInstant();
		Instant fridayEvening = LocalDate.of(2026, 3, 27).atTime(18, 0).atZone(BERLIN).toInstant();
		Instant saturday = LocalDate.of(2026, 3, 28).atTime(9, 0).atZone(BERLIN).toInstant();
		Instant maundyThursdayLate = LocalDate.of(2026, 4, 2).atTime(16, 0).atZone(BERLIN).toInstant();
		assertThat(this.calendar.handOverDay(tuesdayMorning, cutOff, BERLIN, "DE")).isEqualTo("2026-03-24");
		assertThat(this.calendar.handOverDay(tuesdayEvening, cutOff, BERLIN, "DE")).isEqualTo("2026-03-25");
		assertThat(this.calendar.handOverDay(tuesdayEvening, null, BERLIN, "DE")).isEqualTo("2026-03-24");
		assertThat(this.calendar.handOverDay(fridayEvening, cutOff, BERLIN, "DE")).isEqualTo("2026-03-30");
		assertThat(this.calendar.handOverDay(saturday, cutOff, BERLIN, "DE")).isEqualTo("2026-03-30");
		// Good Friday and Easter Monday are no working days either.
		assertThat(this.calendar.handOverDay(maundyThursdayLate, cutOff, BERLIN, "DE")).isEqualTo("2026-04-07");
	}

}
