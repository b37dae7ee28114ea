package dev.doorstep.delivery.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.shipment.TrackingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Histories drawn from known lane distributions: with enough deliveries the window must
 * hold about what its confidence says, and the most likely day must be about as good as
 * the best possible guess (the true median).
 */
class TransitModelCalibrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Lane LANE = new Lane("dhl", null, "DE", "10115", "DE", "80331");

	private final BusinessCalendar calendar = new BusinessCalendar(ModelSettings.defaults());

	@ParameterizedTest(name = "{0} at {2}")
	@CsvSource(delimiter = ';', value = { "fast domestic;0,0.5,0.3,0.12,0.05,0,0.03;0.85",
			"slow border;0,0,0.2,0.45,0.2,0.1,0,0.05;0.85", "wide;0,0.15,0.15,0.15,0.15,0.15,0.15,0.1;0.85",
			"fast domestic 70 %;0,0.5,0.3,0.12,0.05,0,0.03;0.7", "slow border 95 %;0,0,0.2,0.45,0.2,0.1,0,0.05;0.95" })
	void windowsHoldWhatTheyPromiseAndTheMostLikelyDayIsAsGoodAsTheMedian(String name, String pmfText,
			double coverage) {
		double[] pmf = parse(pmfText);
		Random random = new Random(name.hashCode());
		TransitModel model = TransitModels.create(ModelSettings.defaults().withCoverage(coverage), null);
		LocalDate start = LocalDate.of(2026, 1, 5);
		for (int i = 0; i < 5_000; i++) {
			LocalDate handOver = workingDay(start.plusDays(i / 50));
			int days = draw(pmf, random);
			model.learn(new TransitSample(LANE, at(handOver, 11), at(deliveryDay(handOver, days), 15)));
		}
		int cases = 5_000;
		int inside = 0;
		double confidence = 0;
		long error = 0;
		LocalDate testStart = start.plusDays(5_000 / 50);
		for (int i = 0; i < cases; i++) {
			LocalDate handOver = workingDay(testStart.plusDays(i % 60));
			int days = draw(pmf, random);
			LocalDate actual = deliveryDay(handOver, days);
			Instant now = at(handOver, 12);
			DeliveryWindow window = model
				.predict(new PredictionRequest(LANE, now, at(handOver, 11), null, BERLIN, now,
						TrackingStatus.IN_TRANSIT, now, now, null, null))
				.window();
			inside += !actual.isBefore(window.earliest()) && !actual.isAfter(window.latest()) ? 1 : 0;
			confidence += window.confidence();
			error += Math.abs(this.calendar.deliveryDaysBetween("dhl", "DE", handOver, window.mostLikely()) - days);
		}
		double observed = (double) inside / cases;
		double promised = confidence / cases;
		double mae = (double) error / cases;
		double oracle = oracleMae(pmf);
		assertThat(Math.abs(observed - promised)).as("coverage %.3f vs confidence %.3f", observed, promised)
			.isLessThan(0.03);
		assertThat(observed).as("coverage at least the setting").isGreaterThan(coverage - 0.03);
		assertThat(mae).as("MAE %.3f vs oracle %.3f", mae, oracle).isLessThan(oracle + 0.05);
	}

	@ParameterizedTest(name = "{0} after {2} days")
	@CsvSource(delimiter = ';', value = { "fast domestic;0,0.5,0.3,0.12,0.05,0,0.03;2",
			"slow border;0,0,0.2,0.45,0.2,0.1,0,0.05;3", "slow border;0,0,0.2,0.45,0.2,0.1,0,0.05;4" })
	void windowsOfParcelsStillInTransitHoldWhatTheyPromise(String name, String pmfText, int spent) {
		double[] pmf = parse(pmfText);
		Random random = new Random(name.hashCode() + spent);
		TransitModel model = TransitModels.create(ModelSettings.defaults(), null);
		LocalDate start = LocalDate.of(2026, 1, 5);
		for (int i = 0; i < 5_000; i++) {
			LocalDate handOver = workingDay(start.plusDays(i / 50));
			model.learn(new TransitSample(LANE, at(handOver, 11), at(deliveryDay(handOver, draw(pmf, random)), 15)));
		}
		int cases = 0;
		int inside = 0;
		double confidence = 0;
		LocalDate testStart = start.plusDays(100);
		for (int i = 0; cases < 3_000; i++) {
			LocalDate handOver = workingDay(testStart.plusDays(i % 60));
			int days = draw(pmf, random);
			if (days < spent) {
				// delivered before the moment we look at: not a parcel in transit
				continue;
			}
			cases++;
			LocalDate actual = deliveryDay(handOver, days);
			Instant now = at(deliveryDay(handOver, spent), 7);
			DeliveryWindow window = model
				.predict(new PredictionRequest(LANE, at(handOver, 10), at(handOver, 11), null, BERLIN, now,
						TrackingStatus.IN_TRANSIT, now, now, null, null))
				.window();
			assertThat(window.earliest()).isAfterOrEqualTo(deliveryDay(handOver, spent));
			inside += !actual.isBefore(window.earliest()) && !actual.isAfter(window.latest()) ? 1 : 0;
			confidence += window.confidence();
		}
		double observed = (double) inside / cases;
		double promised = confidence / cases;
		assertThat(Math.abs(observed - promised)).as("coverage %.3f vs confidence %.3f", observed, promised)
			.isLessThan(0.03);
	}

	/** E|T - median|: no guess of a single day does better. */
	private static double oracleMae(double[] pmf) {
		double sum = 0;
		int median = 0;
		for (int t = 0; t < pmf.length; t++) {
			sum += pmf[t];
			if (sum >= 0.5) {
				median = t;
				break;
			}
		}
		double mae = 0;
		for (int t = 0; t < pmf.length; t++) {
			mae += pmf[t] * Math.abs(t - median);
		}
		return mae;
	}

	private LocalDate workingDay(LocalDate day) {
		return this.calendar.isWorkingDay("DE", day) ? day : this.calendar.nextWorkingDay("DE", day);
	}

	private LocalDate deliveryDay(LocalDate handOver, int days) {
		return this.calendar.plusDeliveryDays("dhl", "DE", handOver, days);
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(BERLIN).toInstant();
	}

	private static int draw(double[] pmf, Random random) {
		double u = random.nextDouble();
		for (int t = 0; t < pmf.length; t++) {
			u -= pmf[t];
			if (u < 0) {
				return t;
			}
		}
		return pmf.length - 1;
	}

	private static double[] parse(String text) {
		String[] parts = text.split(",");
		double[] pmf = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			pmf[i] = Double.parseDouble(parts[i]);
		}
		return pmf;
	}

}
