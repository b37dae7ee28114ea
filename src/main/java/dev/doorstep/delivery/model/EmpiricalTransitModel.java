package dev.doorstep.delivery.model;

import dev.doorstep.runtime.CountryZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.PredictionBasis.Source;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * Empirical transit-time distributions per lane level (ADR 0006). Learning locks one lane
 * level at a time; predicting reads immutable snapshots without locking.
 */
final class EmpiricalTransitModel implements TransitModel {

	/**
	 * Share of "out for delivery" parcels delivered that day. Not learned (samples carry
	 * no statuses); carriers report 95–98 %.
	 */
	static final double OUT_FOR_DELIVERY_CONFIDENCE = 0.95;

	/**
	 * After this local time a parcel still in transit is not delivered today any more
	 * (carriers' last rounds end around 20:00).
	 */
	static final LocalTime LAST_ROUND_ENDS = LocalTime.of(20, 0);

	/** Label of the basis when neither history nor carrier nor shop said anything. */
	static final String GLOBAL_DEFAULT = "global default";

	private final ModelSettings settings;

	private final BusinessCalendar calendar;

	private final @Nullable TransitModel fallback;

	private final Map<String, Level> levels = new ConcurrentHashMap<>();

	EmpiricalTransitModel(ModelSettings settings, @Nullable TransitModel fallback) {
		this.settings = settings;
		this.calendar = new BusinessCalendar(settings);
		this.fallback = fallback;
	}

	BusinessCalendar calendar() {
		return this.calendar;
	}

	@Override
	public void learn(TransitSample sample) {
		Lane lane = sample.lane();
		ZoneId originZone = CountryZones.of(lane.originCountry());
		ZoneId destinationZone = CountryZones.of(lane.destinationCountry());
		LocalDate handedOver = LocalDate.ofInstant(sample.handedOverAt(), originZone);
		LocalDate delivered = LocalDate.ofInstant(sample.deliveredAt(), destinationZone);
		int days = Math.max(0,
				this.calendar.deliveryDaysBetween(lane.carrier(), lane.destinationCountry(), handedOver, delivered));
		int[] gaps = scanGaps(sample, destinationZone);
		double halfLife = this.settings.halfLife().toSeconds();
		for (String label : LaneLevels.of(lane)) {
			this.levels.computeIfAbsent(label, key -> new Level(false, new LaneHistory(maxDays(), halfLife)))
				.history()
				.add(days, sample.deliveredAt(), gaps);
			this.levels
				.computeIfAbsent(LaneLevels.onWeekday(label, handedOver.getDayOfWeek()),
						key -> new Level(true, new LaneHistory(maxDays(), halfLife)))
				.history()
				.add(days, sample.deliveredAt(), new int[0]);
		}
	}

	private int maxDays() {
		return this.settings.maxBusinessDays();
	}

	/** Working days between consecutive scans (hand-over and delivery included). */
	private int[] scanGaps(TransitSample sample, ZoneId zone) {
		if (sample.scans().isEmpty()) {
			return new int[0];
		}
		List<Instant> times = new ArrayList<>(sample.scans());
		times.add(sample.handedOverAt());
		times.add(sample.deliveredAt());
		times.sort(Comparator.naturalOrder());
		int[] gaps = new int[times.size() - 1];
		String country = sample.lane().destinationCountry();
		for (int i = 1; i < times.size(); i++) {
			gaps[i - 1] = this.calendar.workingDaysBetween(country, LocalDate.ofInstant(times.get(i - 1), zone),
					LocalDate.ofInstant(times.get(i), zone));
		}
		return gaps;
	}

	@Override
	public DeliveryPrediction predict(PredictionRequest request) {
		DeliveryPrediction byStatus = byStatus(request);
		if (byStatus != null) {
			return byStatus;
		}
		Outlook outlook = outlook(request);
		if (outlook == null) {
			return foreignFallback(request);
		}
		return outlook.prediction();
	}

	@Override
	public Optional<DelayRisk> delayRisk(PredictionRequest request, LocalDate promised, double threshold) {
		TrackingStatus status = request.status();
		if (status == TrackingStatus.DELIVERED || status == TrackingStatus.AVAILABLE_FOR_PICKUP
				|| status == TrackingStatus.EXPIRED) {
			return Optional.empty();
		}
		DeliveryPrediction byStatus = byStatus(request);
		if (byStatus != null) {
			boolean late = byStatus.window().latest().isAfter(promised);
			return late && 1.0 > threshold
					? Optional.of(new DelayRisk(1.0, DelayRisk.Reason.WINDOW_PAST_PROMISE, 0, 0, null, byStatus))
					: Optional.empty();
		}
		Outlook outlook = outlook(request);
		if (outlook == null) {
			return this.fallback == null ? Optional.empty() : this.fallback.delayRisk(request, promised, threshold);
		}
		int lastOnTime = promised.isBefore(outlook.handOver()) ? -1 : this.calendar.deliveryDaysBetween(
				request.lane().carrier(), request.lane().destinationCountry(), outlook.handOver(), promised);
		Stall stall = stall(request, outlook);
		if (stall != null) {
			Outlook delayed = outlook.later(stall.days() - stall.usual());
			double miss = delayed.distribution().above(lastOnTime);
			if (miss > threshold) {
				DeliveryPrediction widened = delayed.prediction(outlook.prediction().window().earliest());
				return Optional
					.of(new DelayRisk(miss, DelayRisk.Reason.NO_SCAN, stall.days(), stall.usual(), null, widened));
			}
		}
		double miss = outlook.distribution().above(lastOnTime);
		if (miss > threshold) {
			return Optional
				.of(new DelayRisk(miss, DelayRisk.Reason.WINDOW_PAST_PROMISE, 0, 0, null, outlook.prediction()));
		}
		return Optional.empty();
	}

	@Override
	public List<LaneStatistics> lanes() {
		List<LaneStatistics> lanes = new ArrayList<>();
		this.levels.forEach((label, level) -> {
			LaneHistory.Snapshot snapshot = level.history().snapshot();
			Distribution distribution = snapshot.distribution();
			if (!level.weekday() && snapshot.deliveries() >= this.settings.minSamples() && distribution != null) {
				lanes.add(new LaneStatistics(LaneLevels.carrier(label), label, snapshot.deliveries(),
						distribution.median(), distribution.quantile(0.9)));
			}
		});
		lanes.sort(Comparator.comparingInt(LaneStatistics::deliveries).reversed().thenComparing(LaneStatistics::level));
		return List.copyOf(lanes);
	}

	/** Statuses that decide the window by themselves. */
	private @Nullable DeliveryPrediction byStatus(PredictionRequest request) {
		TrackingStatus status = request.status();
		if (status == null) {
			return null;
		}
		ZoneId zone = CountryZones.of(request.lane().destinationCountry());
		LocalDate today = LocalDate.ofInstant(request.now(), zone);
		Instant since = request.statusSince() != null ? request.statusSince() : request.now();
		LocalDate sinceDay = LocalDate.ofInstant(since, zone);
		return switch (status) {
			case DELIVERED -> single(sinceDay, 1.0, Source.DELIVERED);
			case AVAILABLE_FOR_PICKUP -> single(today, 1.0, Source.TRACKING_STATUS);
			// Out for delivery since an earlier day and nothing since: history decides.
			case OUT_FOR_DELIVERY ->
				sinceDay.isBefore(today) ? null : single(today, OUT_FOR_DELIVERY_CONFIDENCE, Source.TRACKING_STATUS);
			default -> null;
		};
	}

	private static DeliveryPrediction single(LocalDate day, double confidence, Source source) {
		return new DeliveryPrediction(new DeliveryWindow(day, day, day, confidence),
				new PredictionBasis(source, null, 0));
	}

	/** A fallback model that is not ours: only its history is worth anything here. */
	private DeliveryPrediction foreignFallback(PredictionRequest request) {
		DeliveryPrediction theirs = Objects.requireNonNull(this.fallback).predict(request);
		Source source = theirs.basis().source();
		if (source == Source.SHOP_HISTORY || source == Source.INSTALLATION_HISTORY) {
			return new DeliveryPrediction(theirs.window(), new PredictionBasis(Source.INSTALLATION_HISTORY,
					theirs.basis().laneLevel(), theirs.basis().sampleSize()));
		}
		return Objects.requireNonNull(outlook(request, false)).prediction();
	}

	private @Nullable Outlook outlook(PredictionRequest request) {
		return outlook(request, true);
	}

	/**
	 * What is known about the parcel now: the distribution from the first source of the
	 * fallback chain that has one, given the days already spent. {@code null} when the
	 * fallback model is not ours and should be asked ({@code askForeign}).
	 */
	private @Nullable Outlook outlook(PredictionRequest request, boolean askForeign) {
		Lane lane = request.lane();
		String carrier = lane.carrier();
		String country = lane.destinationCountry();
		LocalDate handOver = request.handedOverAt() != null
				? LocalDate.ofInstant(request.handedOverAt(), request.originZone())
				: this.calendar.handOverDay(later(request.orderedAt(), request.now()), request.cutOff(),
						request.originZone(), lane.originCountry());
		Basis basis = history(lane, handOver, Source.SHOP_HISTORY);
		if (basis == null && this.fallback instanceof EmpiricalTransitModel installation) {
			basis = installation.history(lane, handOver, Source.INSTALLATION_HISTORY);
		}
		if (basis == null && askForeign && this.fallback != null && !(this.fallback instanceof EmpiricalTransitModel)) {
			return null;
		}
		if (basis == null && request.carrierEstimate() != null) {
			int days = Math.max(0,
					this.calendar.deliveryDaysBetween(carrier, country, handOver, request.carrierEstimate()));
			basis = new Basis(Distribution.around(days), Source.CARRIER_ESTIMATE, null, 0);
		}
		if (basis == null && request.defaultBusinessDays() != null) {
			basis = new Basis(Distribution.around(Math.min(Math.max(0, request.defaultBusinessDays()), maxDays())),
					Source.SHOP_DEFAULT, null, 0);
		}
		if (basis == null) {
			int days = lane.originCountry().equalsIgnoreCase(country) ? this.settings.domesticDefaultDays()
					: this.settings.internationalDefaultDays();
			basis = new Basis(Distribution.around(days), Source.SHOP_DEFAULT, GLOBAL_DEFAULT, 0);
		}
		LocalDate today = LocalDate.ofInstant(request.now(), CountryZones.of(country));
		int first = firstPossibleDay(carrier, country, handOver, today, request);
		Distribution given = basis.distribution().atLeast(first);
		if (given == null) {
			given = overdue(first);
		}
		return new Outlook(this, request, handOver, given, basis);
	}

	/**
	 * The first business day (after hand-over) that is not in the past: deliveries before
	 * it did not happen, or the status would say so.
	 */
	private int firstPossibleDay(String carrier, String country, LocalDate handOver, LocalDate today,
			PredictionRequest request) {
		if (!today.isAfter(handOver)) {
			return 0;
		}
		int passed = this.calendar.deliveryDaysBetween(carrier, country, handOver, today);
		ZoneId zone = CountryZones.of(country);
		boolean todayStillPossible = this.calendar.isDeliveryDay(carrier, country, today)
				&& !LocalTime.ofInstant(request.now(), zone).isAfter(LAST_ROUND_ENDS)
				&& !(request.status() == TrackingStatus.ATTEMPT_FAIL && request.statusSince() != null
						&& LocalDate.ofInstant(request.statusSince(), zone).equals(today));
		return todayStillPossible ? passed : passed + 1;
	}

	/**
	 * The parcel took longer than every delivery in the history: it will most likely come
	 * on the next possible day or the two after.
	 */
	private static Distribution overdue(int first) {
		double[] weights = new double[first + 3];
		weights[first] = 0.5;
		weights[first + 1] = 0.3;
		weights[first + 2] = 0.2;
		return Distribution.ofWeights(weights);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * The most specific lane level with enough deliveries; the weekday of hand-over gets
	 * its own distribution where it has enough of its own.
	 */
	private @Nullable Basis history(Lane lane, LocalDate handOver, Source source) {
		for (String label : LaneLevels.of(lane)) {
			String weekdayLabel = LaneLevels.onWeekday(label, handOver.getDayOfWeek());
			Basis basis = usable(weekdayLabel, this.settings.minSamplesPerWeekday(), source);
			if (basis == null) {
				basis = usable(label, this.settings.minSamples(), source);
			}
			if (basis != null) {
				return basis;
			}
		}
		return null;
	}

	private @Nullable Basis usable(String label, int minSamples, Source source) {
		Level level = this.levels.get(label);
		if (level == null) {
			return null;
		}
		LaneHistory.Snapshot snapshot = level.history().snapshot();
		Distribution distribution = snapshot.distribution();
		if (snapshot.deliveries() < minSamples || distribution == null) {
			return null;
		}
		return new Basis(distribution, source, label, snapshot.deliveries());
	}

	/**
	 * The usual gap between scans, in working days, learned where enough scans were seen.
	 */
	private int usualGap(PredictionRequest request) {
		TrackingStatus status = request.status();
		int usual = switch (status) {
			case PENDING -> 3;
			case INFO_RECEIVED, EXCEPTION -> 2;
			case null, default -> 1;
		};
		if (status == TrackingStatus.IN_TRANSIT) {
			for (String label : LaneLevels.of(request.lane())) {
				Level level = this.levels.get(label);
				if (level != null) {
					LaneHistory.Snapshot snapshot = level.history().snapshot();
					if (snapshot.gaps() >= this.settings.minSamples()) {
						return Math.max(1, snapshot.usualGap());
					}
				}
			}
		}
		return usual;
	}

	/** Working days since the last scan, when that is longer than usual at this stage. */
	private @Nullable Stall stall(PredictionRequest request, Outlook outlook) {
		TrackingStatus status = request.status();
		if (status == null || status == TrackingStatus.OUT_FOR_DELIVERY) {
			return null;
		}
		Instant last = request.lastScanAt() != null ? request.lastScanAt()
				: request.statusSince() != null ? request.statusSince() : request.handedOverAt();
		if (last == null) {
			return null;
		}
		String country = request.lane().destinationCountry();
		ZoneId zone = CountryZones.of(country);
		int days = this.calendar.workingDaysBetween(country, LocalDate.ofInstant(last, zone),
				LocalDate.ofInstant(request.now(), zone));
		int usual = usualGap(request);
		return days > usual ? new Stall(days, usual) : null;
	}

	private record Level(boolean weekday, LaneHistory history) {
	}

	private record Basis(Distribution distribution, Source source, @Nullable String label, int sampleSize) {
	}

	private record Stall(int days, int usual) {
	}

	/**
	 * A distribution from hand-over, already conditioned on today, and how to show it.
	 */
	private record Outlook(EmpiricalTransitModel model, PredictionRequest request, LocalDate handOver,
			Distribution distribution, Basis basis) {

		Outlook later(int days) {
			return new Outlook(this.model, this.request, this.handOver, this.distribution.later(days), this.basis);
		}

		DeliveryPrediction prediction() {
			return prediction(null);
		}

		/** The window, stretched back to {@code earliest} when given. */
		DeliveryPrediction prediction(@Nullable LocalDate earliest) {
			int[] window = this.distribution.window(this.model.settings.coverage());
			int from = window[0];
			int to = window[1];
			if (earliest != null) {
				while (from > 0 && date(from - 1).compareTo(earliest) >= 0) {
					from--;
				}
			}
			int likely = Math.min(Math.max(this.distribution.median(), from), to);
			DeliveryWindow dates = new DeliveryWindow(date(from), date(likely), date(to),
					Math.min(1.0, this.distribution.between(from, to)));
			return new DeliveryPrediction(dates,
					new PredictionBasis(this.basis.source(), this.basis.label(), this.basis.sampleSize()));
		}

		private LocalDate date(int businessDays) {
			Lane lane = this.request.lane();
			return this.model.calendar.plusDeliveryDays(lane.carrier(), lane.destinationCountry(), this.handOver,
					businessDays);
		}

	}

}
