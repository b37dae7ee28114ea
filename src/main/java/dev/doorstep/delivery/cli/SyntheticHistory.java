package dev.doorstep.delivery.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.doorstep.delivery.model.BusinessCalendar;
import dev.doorstep.runtime.CountryZones;
import dev.doorstep.delivery.model.ModelSettings;

/**
 * A delivery history with known rules, for the backtest and its benchmark: several
 * carriers, lanes from Germany and the Netherlands into DE, AT, NL and FR, transit times
 * counted in each carrier's real delivery days (holidays included), slower hand-overs on
 * Fridays, a pre-Christmas peak, a few lost-and-found parcels and, if asked, some
 * malformed rows. Same seed, same file.
 */
final class SyntheticHistory {

	private record Origin(String country, String postcode) {
	}

	private record Carrier(String code, List<String> services, double share, int extraDays, List<String> countries) {
	}

	private static final List<Origin> ORIGINS = List.of(new Origin("DE", "10115"), new Origin("DE", "20095"),
			new Origin("DE", "80331"), new Origin("NL", "1012 AB"));

	private static final List<Carrier> CARRIERS = List.of(
			new Carrier("dhl", List.of("", "paket", "express"), 0.40, 0, List.of("DE", "AT", "NL", "FR")),
			new Carrier("dpd", List.of("", "classic"), 0.15, 0, List.of("DE", "AT", "NL", "FR")),
			new Carrier("hermes", List.of(""), 0.15, 1, List.of("DE", "AT")),
			new Carrier("gls", List.of(""), 0.10, 0, List.of("DE", "AT", "NL", "FR")),
			new Carrier("ups", List.of("standard", "express"), 0.10, 0, List.of("DE", "AT", "NL", "FR")),
			new Carrier("postnl", List.of(""), 0.10, 0, List.of("NL", "DE", "FR")));

	/** Share of parcels per destination country. */
	private static final List<String> DESTINATIONS = List.of("DE", "DE", "DE", "DE", "DE", "DE", "AT", "AT", "NL",
			"FR");

	private final BusinessCalendar calendar = new BusinessCalendar(ModelSettings.defaults());

	private final Random random;

	private final double malformedRate;

	SyntheticHistory(long seed, double malformedRate) {
		this.random = new Random(seed);
		this.malformedRate = malformedRate;
	}

	void write(PrintWriter out, int rows, LocalDate start, int days) {
		out.println(HistoryCsv.HEADER);
		for (int i = 0; i < rows; i++) {
			if (this.random.nextDouble() < this.malformedRate) {
				out.println(malformed());
			}
			else {
				out.println(row(start.plusDays((long) i * days / rows)));
			}
		}
		out.flush();
	}

	private String row(LocalDate day) {
		Origin origin = ORIGINS.get(this.random.nextInt(ORIGINS.size()));
		Carrier carrier = pickCarrier(origin);
		String destination = DESTINATIONS.get(this.random.nextInt(DESTINATIONS.size()));
		if (!carrier.countries().contains(destination)) {
			destination = carrier.countries().get(0);
		}
		String postcode = postcode(destination);
		String service = carrier.services().get(this.random.nextInt(carrier.services().size()));
		ZoneId originZone = CountryZones.of(origin.country());
		LocalDate shipDay = day;
		while (!this.calendar.isWorkingDay(origin.country(), shipDay)) {
			shipDay = shipDay.plusDays(1);
		}
		ZonedDateTime shipped = shipDay.atTime(8 + this.random.nextInt(10), this.random.nextInt(60)).atZone(originZone);
		int days = base(origin, destination, postcode) + carrier.extraDays() + noise(shipDay);
		if (service.equals("express")) {
			days = Math.max(1, days - 1);
		}
		LocalDate deliveredDay = this.calendar.plusDeliveryDays(carrier.code(), destination, shipDay, days);
		ZonedDateTime delivered = deliveredDay.atTime(9 + this.random.nextInt(10), this.random.nextInt(60))
			.atZone(CountryZones.of(destination));
		String promised = "";
		if (this.random.nextDouble() < 0.7) {
			// Shops promise their base time plus one day, counted Monday to Friday.
			LocalDate promise = shipDay;
			for (int left = base(origin, destination, postcode) + 1; left > 0;) {
				promise = promise.plusDays(1);
				if (this.calendar.isWorkingDay(destination, promise)) {
					left--;
				}
			}
			promised = promise.toString();
		}
		return String.join(",", shipped.toOffsetDateTime().toString(), delivered.toOffsetDateTime().toString(),
				carrier.code(), service, origin.country(), quote(origin.postcode()), destination, quote(postcode),
				promised);
	}

	private Carrier pickCarrier(Origin origin) {
		while (true) {
			double pick = this.random.nextDouble();
			for (Carrier carrier : CARRIERS) {
				pick -= carrier.share();
				if (pick <= 0) {
					// PostNL ships from the Netherlands only, the others from Germany
					// mostly.
					boolean fits = carrier.code().equals("postnl") == origin.country().equals("NL")
							|| (origin.country().equals("NL") && carrier.code().equals("dhl"));
					if (fits) {
						return carrier;
					}
					break;
				}
			}
		}
	}

	/** Business days by distance: same region 1, same country 1–2, a border 2–3. */
	private static int base(Origin origin, String destination, String postcode) {
		if (origin.country().equals(destination)) {
			return postcode.charAt(0) == origin.postcode().charAt(0) ? 1 : 2;
		}
		return switch (origin.country() + destination) {
			case "DEAT", "NLDE", "DENL" -> 2;
			default -> 3;
		};
	}

	/**
	 * Mostly on time, sometimes a day or two late; Friday hand-overs wait in a depot over
	 * the weekend more often; December before Christmas is slower; one in 200 is lost for
	 * a while.
	 */
	private int noise(LocalDate shipDay) {
		double u = this.random.nextDouble();
		int extra = u < 0.62 ? 0 : u < 0.87 ? 1 : u < 0.96 ? 2 : 3 + this.random.nextInt(3);
		if (shipDay.getDayOfWeek() == DayOfWeek.FRIDAY && this.random.nextDouble() < 0.25) {
			extra++;
		}
		if (shipDay.getMonth() == Month.DECEMBER && shipDay.getDayOfMonth() <= 23 && this.random.nextDouble() < 0.4) {
			extra++;
		}
		if (this.random.nextDouble() < 0.005) {
			extra += 8 + this.random.nextInt(20);
		}
		return extra;
	}

	private String postcode(String country) {
		return switch (country) {
			case "DE" -> String.format(Locale.ROOT, "%05d", 1000 + this.random.nextInt(98_000));
			case "AT" -> String.valueOf(1000 + this.random.nextInt(9000));
			case "NL" -> (1000 + this.random.nextInt(9000)) + " " + (char) ('A' + this.random.nextInt(26))
					+ (char) ('A' + this.random.nextInt(26));
			default -> String.format(Locale.ROOT, "%05d", 1000 + this.random.nextInt(94_000));
		};
	}

	private static String quote(String value) {
		return value.contains(" ") || value.contains(",") ? "\"" + value + "\"" : value;
	}

	private String malformed() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "2025-13-40T99:00:00Z,2025-01-03T10:00:00Z,dhl,,DE,10115,DE,80331,";
			case 1 -> "2025-03-05T10:00:00Z,2025-03-03T10:00:00Z,dhl,,DE,10115,DE,80331,";
			case 2 -> "2025-03-05T10:00:00Z,2025-03-06T10:00:00Z,dhl,,Germany,10115,DE,80331,";
			default -> "2025-03-05T10:00:00Z,2025-03-06T10:00:00Z";
		};
	}

}
