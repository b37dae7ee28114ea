package dev.doorstep.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.doorstep.delivery.PastDelivery;

/**
 * A few months of delivered parcels for the demo shop, so its windows come from its own
 * history from the first minute: per destination country and carrier, transit times
 * around a typical figure (business days, no weekend deliveries counted).
 */
final class DemoHistory {

	/** Typical business days per destination country and carrier. */
	private record Route(String country, String carrier, int typicalDays) {
	}

	private static final List<Route> ROUTES = List.of(new Route("DE", "dhl", 1), new Route("DE", "dpd", 1),
			new Route("DE", "gls", 2), new Route("DE", "hermes", 2), new Route("AT", "dhl", 2),
			new Route("AT", "dpd", 3), new Route("AT", "gls", 3), new Route("CH", "ups", 2), new Route("CH", "dhl", 4),
			new Route("NL", "postnl", 2), new Route("NL", "dpd", 2), new Route("GB", "royal-mail", 4),
			new Route("GB", "ups", 3), new Route("GB", "dpd", 4), new Route("US", "usps", 7),
			new Route("US", "ups", 5));

	/** Enough per route for the model to trust its own history (30 by default). */
	static final int PER_ROUTE = 40;

	private DemoHistory() {
	}

	static List<PastDelivery> deliveries(Instant now, ZoneId zone, long seed) {
		Random random = new Random(seed);
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<PastDelivery> deliveries = new ArrayList<>();
		for (Route route : ROUTES) {
			for (int i = 0; i < PER_ROUTE; i++) {
				LocalDate handOver = workday(today.minusDays(20 + random.nextInt(100)));
				// Mostly the typical time, sometimes a day quicker or one or two slower.
				int roll = random.nextInt(100);
				int days = Math.max(1, route.typicalDays() + (roll < 10 ? -1 : roll < 75 ? 0 : roll < 93 ? 1 : 2));
				LocalDate delivered = handOver;
				for (int d = 0; d < days; d++) {
					delivered = workday(delivered.plusDays(1));
				}
				Instant handedOverAt = handOver.atTime(LocalTime.of(15, random.nextInt(60))).atZone(zone).toInstant();
				Instant deliveredAt = delivered.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60)))
					.atZone(zone)
					.toInstant();
				deliveries.add(new PastDelivery("demo-history-" + route.country() + "-" + route.carrier() + "-" + i,
						route.carrier(), "Standard", "DE", "04109", route.country(), null, handedOverAt, deliveredAt,
						handOver.plusDays(3)));
			}
		}
		return deliveries;
	}

	private static LocalDate workday(LocalDate day) {
		LocalDate result = day;
		while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
			result = result.plusDays(1);
		}
		return result;
	}

}
