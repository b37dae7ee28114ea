package dev.doorstep.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.support.handover.HandoverProperties;
import dev.doorstep.support.handover.HelpdeskHttp;
import dev.doorstep.support.handover.TicketResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening hours kept in the shop's zone and shown in the shopper's, across daylight
 * saving time; and the helpdesk calls' SSRF guard.
 */
class OpeningHoursTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static OpeningHours weekdays(String opens, String closes) {
		OpeningHours.Range range = new OpeningHours.Range(LocalTime.parse(opens), LocalTime.parse(closes));
		return new OpeningHours(Map.of(DayOfWeek.MONDAY, List.of(range), DayOfWeek.TUESDAY, List.of(range)));
	}

	@Test
	void rangesAreShownInTheShoppersZoneOnTheirRealDates() {
		OpeningHours hours = weekdays("09:00", "17:00");
		// Monday 23 November 2026: both zones on standard time, six hours apart.
		Instant winter = Instant.parse("2026-11-23T07:00:00Z");
		assertThat(hours.render(winter, BERLIN, NEW_YORK, Locale.ENGLISH)).containsExactly(
				new OpeningHours.Shown("Mon", "03:00", "11:00"), new OpeningHours.Shown("Tue", "03:00", "11:00"));
		// Monday 23 March 2026: New York already on summer time, Berlin not yet: five
		// hours.
		Instant spring = Instant.parse("2026-03-23T07:00:00Z");
		assertThat(hours.render(spring, BERLIN, NEW_YORK, Locale.ENGLISH).getFirst())
			.isEqualTo(new OpeningHours.Shown("Mon", "04:00", "12:00"));
		// In the shop's own zone nothing moves; in German the day names are German.
		assertThat(hours.render(winter, BERLIN, BERLIN, Locale.GERMAN).getFirst())
			.isEqualTo(new OpeningHours.Shown("Mo.", "09:00", "17:00"));
	}

	@Test
	void aRangeCanEndOnTheShoppersNextDay() {
		OpeningHours hours = weekdays("18:00", "22:00");
		List<OpeningHours.Shown> tokyo = hours.render(Instant.parse("2026-11-23T07:00:00Z"), BERLIN,
				ZoneId.of("Asia/Tokyo"), Locale.ENGLISH);
		assertThat(tokyo.getFirst()).isEqualTo(new OpeningHours.Shown("Tue", "02:00", "06:00"));
		OpeningHours late = weekdays("20:00", "23:30");
		assertThat(late.render(Instant.parse("2026-11-23T07:00:00Z"), BERLIN, ZoneId.of("Asia/Tokyo"), Locale.ENGLISH)
			.getFirst()).isEqualTo(new OpeningHours.Shown("Tue", "04:00", "07:30"));
		assertThat(late.render(Instant.parse("2026-11-23T07:00:00Z"), BERLIN, ZoneId.of("Asia/Kolkata"), Locale.ENGLISH)
			.getFirst()).isEqualTo(new OpeningHours.Shown("Tue", "00:30", "04:00"));
	}

	@Test
	void openIsDecidedInTheShopsZone() {
		OpeningHours hours = weekdays("09:00", "17:00");
		assertThat(hours.openAt(Instant.parse("2026-11-23T08:00:00Z"), BERLIN)).isTrue(); // 09:00
		assertThat(hours.openAt(Instant.parse("2026-11-23T07:59:00Z"), BERLIN)).isFalse();
		assertThat(hours.openAt(Instant.parse("2026-11-23T16:00:00Z"), BERLIN)).isFalse(); // 17:00
		assertThat(hours.openAt(Instant.parse("2026-11-25T10:00:00Z"), BERLIN)).isFalse(); // Wednesday
		assertThat(OpeningHours.none().openAt(Instant.parse("2026-11-23T10:00:00Z"), BERLIN)).isFalse();
	}

	@Test
	void overlappingOrBackwardRangesAreRefused() {
		assertThatThrownBy(() -> new OpeningHours(Map.of(DayOfWeek.FRIDAY,
				List.of(new OpeningHours.Range(LocalTime.of(9, 0), LocalTime.of(13, 0)),
						new OpeningHours.Range(LocalTime.of(12, 0), LocalTime.of(18, 0))))))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> weekdays("17:00", "09:00")).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void helpdeskCallsToInternalOrPlainHttpAddressesAreRefused() {
		HelpdeskHttp http = new HelpdeskHttp(
				new HandoverProperties("from@doorstep.test", "https://{account}.zendesk.com",
						"https://{account}.freshdesk.com", false, java.time.Duration.ofSeconds(2)));
		for (String root : List.of("http://{account}.example.com", "https://{account}.internal",
				"https://127.0.0.1/{account}", "https://169.254.169.254/{account}", "https://{account}.localhost")) {
			assertThat(http.post(root, "acme", "/api/v2/tickets.json", "u", "p", Map.of(),
					json -> java.util.Optional.of("1")))
				.as(root)
				.isInstanceOf(TicketResult.Failed.class);
		}
	}

}
