package dev.doorstep.delivery.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.PredictionBasis.Source;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransitModelTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Lane BERLIN_MUNICH = new Lane("dhl", null, "DE", "10115", "DE", "80331");

	private static final Lane BERLIN_VIENNA = new Lane("dhl", null, "DE", "10115", "AT", "1010");

	/** Tuesday 2026-03-10, 10:00 in Berlin: a plain week without holidays. */
	private static final Instant TUESDAY = at(LocalDate.of(2026, 3, 10), 10);

	private final ModelSettings settings = ModelSettings.defaults().withMinSamples(20, 1000);

	@Test
	void predictsFromTheMostSpecificLaneLevelWithEnoughDeliveries() {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, BERLIN_MUNICH, 1, 40);
		learn(model, new Lane("dhl", null, "DE", "10115", "DE", "20095"), 3, 40);
		DeliveryPrediction munich = model.predict(request(BERLIN_MUNICH, TUESDAY));
		assertThat(munich.basis().source()).isEqualTo(Source.SHOP_HISTORY);
		assertThat(munich.basis().laneLevel()).isEqualTo("dhl/DE-10→DE-80");
		assertThat(munich.basis().sampleSize()).isEqualTo(40);
		assertThat(munich.window().mostLikely()).isEqualTo("2026-03-11");
		// 10 parcels to Munich's neighbour 81xxx: too few for DE-81, so DE-8 (the 40 to
		// 80xxx).
		DeliveryPrediction nearby = model
			.predict(request(new Lane("dhl", null, "DE", "10115", "DE", "81000"), TUESDAY));
		assertThat(nearby.basis().laneLevel()).isEqualTo("dhl/DE-1→DE-8");
		assertThat(nearby.window().mostLikely()).isEqualTo("2026-03-11");
		// Nothing learned towards 5xxxx: the country level mixes Munich and Hamburg.
		DeliveryPrediction cologne = model
			.predict(request(new Lane("dhl", null, "DE", "10115", "DE", "50667"), TUESDAY));
		assertThat(cologne.basis().laneLevel()).isEqualTo("dhl/DE→DE");
		assertThat(cologne.basis().sampleSize()).isEqualTo(80);
		assertThat(cologne.window().earliest()).isEqualTo("2026-03-11");
		assertThat(cologne.window().latest()).isEqualTo("2026-03-13");
	}

	@Test
	void dropsTheServiceAndThenTheOriginWhenTheyHaveTooFewDeliveries() {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, new Lane("dhl", "express", "DE", "10115", "DE", "80331"), 1, 10);
		learn(model, new Lane("dhl", "paket", "DE", "10115", "DE", "80331"), 2, 15);
		DeliveryPrediction express = model
			.predict(request(new Lane("dhl", "express", "DE", "10115", "DE", "80331"), TUESDAY));
		assertThat(express.basis().laneLevel()).isEqualTo("dhl/DE→DE");
		assertThat(express.basis().sampleSize()).isEqualTo(25);
		learn(model, new Lane("dhl", null, "NL", "1012", "AT", "1010"), 3, 20);
		DeliveryPrediction vienna = model.predict(request(BERLIN_VIENNA, TUESDAY));
		assertThat(vienna.basis().laneLevel()).isEqualTo("dhl/*→AT");
	}

	@Test
	void usesTheWeekdayOfHandOverWhereItHasEnoughDeliveries() {
		TransitModel model = TransitModels.create(ModelSettings.defaults().withMinSamples(20, 20), null);
		// Parcels handed over on Tuesdays take 1 day, on Wednesdays 3.
		learn(model, BERLIN_MUNICH, 1, 30);
		learn(model, BERLIN_MUNICH, TUESDAY.plus(Duration.ofDays(1)), 3, 30);
		DeliveryPrediction tuesday = model.predict(request(BERLIN_MUNICH, TUESDAY));
		assertThat(tuesday.basis().laneLevel()).isEqualTo("dhl/DE-10→DE-80 (Tue)");
		assertThat(tuesday.window().latest()).isEqualTo("2026-03-11");
		DeliveryPrediction thursday = model.predict(request(BERLIN_MUNICH, TUESDAY.plus(Duration.ofDays(2))));
		assertThat(thursday.basis().laneLevel()).isEqualTo("dhl/DE-10→DE-80");
	}

	@Test
	void fallsBackToTheInstallationThenTheCarrierThenTheShopThenAGlobalDefault() {
		TransitModel installation = TransitModels.create(this.settings, null);
		TransitModel shop = TransitModels.create(this.settings, installation);
		PredictionRequest bare = request(BERLIN_MUNICH, TUESDAY);

		DeliveryPrediction global = shop.predict(bare);
		assertThat(global.basis().source()).isEqualTo(Source.SHOP_DEFAULT);
		assertThat(global.basis().laneLevel()).isEqualTo("global default");
		assertThat(global.window().mostLikely()).as("2 business days in one country").isEqualTo("2026-03-12");
		assertThat(shop.predict(request(BERLIN_VIENNA, TUESDAY)).window().mostLikely()).as("4 across a border")
			.isEqualTo("2026-03-14");

		DeliveryPrediction shopDefault = shop.predict(with(bare, null, 3));
		assertThat(shopDefault.basis().source()).isEqualTo(Source.SHOP_DEFAULT);
		assertThat(shopDefault.basis().laneLevel()).isNull();
		assertThat(shopDefault.window().mostLikely()).isEqualTo("2026-03-13");

		DeliveryPrediction carrier = shop.predict(with(bare, LocalDate.of(2026, 3, 16), 3));
		assertThat(carrier.basis().source()).isEqualTo(Source.CARRIER_ESTIMATE);
		assertThat(carrier.window().mostLikely()).isEqualTo("2026-03-16");

		learn(installation, BERLIN_MUNICH, 1, 25);
		DeliveryPrediction fromInstallation = shop.predict(with(bare, LocalDate.of(2026, 3, 16), 3));
		assertThat(fromInstallation.basis().source()).isEqualTo(Source.INSTALLATION_HISTORY);
		assertThat(fromInstallation.basis().sampleSize()).isEqualTo(25);
		assertThat(fromInstallation.window().mostLikely()).isEqualTo("2026-03-11");

		learn(shop, BERLIN_MUNICH, 2, 25);
		DeliveryPrediction own = shop.predict(bare);
		assertThat(own.basis().source()).isEqualTo(Source.SHOP_HISTORY);
		assertThat(own.window().mostLikely()).isEqualTo("2026-03-12");
	}

	@Test
	void takesOnlyTheHistoryOfAFallbackModelOfAnotherKind() {
		DeliveryPrediction theirs = new DeliveryPrediction(new DeliveryWindow(LocalDate.of(2026, 3, 11),
				LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12), 0.9),
				new PredictionBasis(Source.SHOP_HISTORY, "elsewhere", 77));
		FixedModel fromHistory = new FixedModel(theirs);
		DeliveryPrediction relabeled = TransitModels.create(this.settings, fromHistory)
			.predict(request(BERLIN_MUNICH, TUESDAY));
		assertThat(relabeled.window()).isEqualTo(theirs.window());
		assertThat(relabeled.basis().source()).isEqualTo(Source.INSTALLATION_HISTORY);
		assertThat(relabeled.basis().laneLevel()).isEqualTo("elsewhere");
		assertThat(relabeled.basis().sampleSize()).isEqualTo(77);

		FixedModel withoutHistory = new FixedModel(
				new DeliveryPrediction(theirs.window(), new PredictionBasis(Source.CARRIER_ESTIMATE, null, 0)));
		DeliveryPrediction own = TransitModels.create(this.settings, withoutHistory)
			.predict(request(BERLIN_MUNICH, TUESDAY));
		assertThat(own.basis().laneLevel()).isEqualTo("global default");
	}

	@Test
	void copesWithOddInput() {
		TransitModel model = TransitModels.create(this.settings, null);
		Lane nowhere = new Lane("unknown-carrier", " ", "XX", "", "ZZ", "?");
		model.learn(new TransitSample(nowhere, TUESDAY, TUESDAY.minus(Duration.ofDays(1))));
		DeliveryPrediction prediction = model.predict(with(request(nowhere, TUESDAY), null, -3));
		assertThat(prediction.basis().source()).isEqualTo(Source.SHOP_DEFAULT);
		assertThat(prediction.window().earliest()).isAfterOrEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(model.predict(request(nowhere, TUESDAY)).basis().laneLevel()).isEqualTo("global default");
		assertThat(model.delayRisk(request(nowhere, TUESDAY), LocalDate.of(2026, 3, 1), 0.5)).isPresent();
	}

	/** A model of another kind that always says the same. */
	private record FixedModel(DeliveryPrediction prediction) implements TransitModel {

		@Override
		public void learn(TransitSample sample) {
		}

		@Override
		public DeliveryPrediction predict(PredictionRequest request) {
			return this.prediction;
		}

		@Override
		public Optional<DelayRisk> delayRisk(PredictionRequest request, LocalDate promised, double threshold) {
			return Optional.empty();
		}

		@Override
		public List<LaneStatistics> lanes() {
			return List.of();
		}

	}

	@Test
	void startsCountingAtTheHandOverDayFromTheCutOff() {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, BERLIN_MUNICH, 1, 30);
		Instant fridayAfternoon = at(LocalDate.of(2026, 3, 13), 15);
		PredictionRequest checkout = new PredictionRequest(BERLIN_MUNICH, fridayAfternoon, null, LocalTime.of(14, 0),
				BERLIN, fridayAfternoon, null, null, null, null, null);
		// Leaves Monday, arrives Tuesday (DHL delivers Saturdays, but it leaves Monday).
		assertThat(model.predict(checkout).window().mostLikely()).isEqualTo("2026-03-17");
		PredictionRequest beforeCutOff = new PredictionRequest(BERLIN_MUNICH, at(LocalDate.of(2026, 3, 13), 11), null,
				LocalTime.of(14, 0), BERLIN, at(LocalDate.of(2026, 3, 13), 11), null, null, null, null, null);
		assertThat(model.predict(beforeCutOff).window().mostLikely()).as("Saturday delivery").isEqualTo("2026-03-14");
	}

	@Test
	void movesTheWindowWithTheStatusAndTheDaysSpent() {
		TransitModel model = TransitModels.create(this.settings, null);
		// 1, 2 or 3 business days: 40 %, 40 %, 20 %.
		learn(model, BERLIN_MUNICH, 1, 40);
		learn(model, BERLIN_MUNICH, 2, 40);
		learn(model, BERLIN_MUNICH, 3, 20);
		PredictionRequest shipped = inTransit(TUESDAY, TUESDAY);
		assertThat(model.predict(shipped).window().earliest()).isEqualTo("2026-03-11");
		assertThat(model.predict(shipped).window().latest()).isEqualTo("2026-03-13");

		// Thursday morning, not delivered: Wednesday's mass is gone, the window starts
		// today.
		Instant thursday = at(LocalDate.of(2026, 3, 12), 9);
		DeliveryPrediction later = model.predict(inTransit(TUESDAY, thursday));
		assertThat(later.window().earliest()).isEqualTo("2026-03-12");
		assertThat(later.window().latest()).isEqualTo("2026-03-13");
		assertThat(later.basis().source()).isEqualTo(Source.SHOP_HISTORY);

		// The following Monday, later than every delivery seen: never a window in the
		// past.
		Instant monday = at(LocalDate.of(2026, 3, 16), 9);
		DeliveryPrediction overdue = model.predict(inTransit(TUESDAY, monday));
		assertThat(overdue.window().earliest()).isEqualTo("2026-03-16");

		DeliveryPrediction outForDelivery = model.predict(status(inTransit(TUESDAY, thursday),
				TrackingStatus.OUT_FOR_DELIVERY, thursday.minus(Duration.ofHours(2))));
		assertThat(outForDelivery.window().earliest()).isEqualTo("2026-03-12");
		assertThat(outForDelivery.window().latest()).isEqualTo("2026-03-12");
		assertThat(outForDelivery.basis().source()).isEqualTo(Source.TRACKING_STATUS);

		DeliveryPrediction pickup = model.predict(status(inTransit(TUESDAY, thursday),
				TrackingStatus.AVAILABLE_FOR_PICKUP, thursday.minus(Duration.ofHours(2))));
		assertThat(pickup.window().latest()).isEqualTo("2026-03-12");

		Instant deliveredAt = at(LocalDate.of(2026, 3, 11), 16);
		DeliveryPrediction delivered = model
			.predict(status(inTransit(TUESDAY, thursday), TrackingStatus.DELIVERED, deliveredAt));
		assertThat(delivered.window().mostLikely()).isEqualTo("2026-03-11");
		assertThat(delivered.window().confidence()).isEqualTo(1.0);
		assertThat(delivered.basis().source()).isEqualTo(Source.DELIVERED);

		// A failed attempt today: the next try is tomorrow at the earliest.
		DeliveryPrediction failed = model
			.predict(status(inTransit(TUESDAY, thursday), TrackingStatus.ATTEMPT_FAIL, thursday));
		assertThat(failed.window().earliest()).isEqualTo("2026-03-13");
	}

	@Test
	void warnsWhenTheWindowMovesPastThePromise() {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, BERLIN_MUNICH, 1, 40);
		learn(model, BERLIN_MUNICH, 2, 40);
		learn(model, BERLIN_MUNICH, 3, 20);
		LocalDate promisedThursday = LocalDate.of(2026, 3, 12);
		assertThat(model.delayRisk(inTransit(TUESDAY, TUESDAY), promisedThursday, 0.5)).isEmpty();
		// Thursday evening, still scanned today: only Friday and later remain.
		Instant thursdayEvening = at(LocalDate.of(2026, 3, 12), 20);
		PredictionRequest scanned = new PredictionRequest(BERLIN_MUNICH, TUESDAY, TUESDAY, null, BERLIN,
				thursdayEvening, TrackingStatus.IN_TRANSIT, thursdayEvening, thursdayEvening, null, null);
		Optional<DelayRisk> risk = model.delayRisk(scanned, promisedThursday.minusDays(1), 0.5);
		assertThat(risk).isPresent();
		assertThat(risk.get().reason()).isEqualTo(DelayRisk.Reason.WINDOW_PAST_PROMISE);
		assertThat(risk.get().missProbability()).isGreaterThan(0.5);
		assertThat(risk.get().prediction().window().earliest()).isAfter(promisedThursday.minusDays(1));
	}

	@Test
	void warnsWhenNoScanCameForLongerThanUsual() {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, BERLIN_MUNICH, 2, 60);
		learn(model, BERLIN_MUNICH, 3, 40);
		LocalDate promisedFriday = LocalDate.of(2026, 3, 13);
		// Last scan Tuesday at hand-over; Friday morning now: 3 working days, usually 1.
		Instant friday = at(LocalDate.of(2026, 3, 13), 8);
		PredictionRequest silent = new PredictionRequest(BERLIN_MUNICH, TUESDAY, TUESDAY, null, BERLIN, friday,
				TrackingStatus.IN_TRANSIT, TUESDAY, TUESDAY, null, null);
		Optional<DelayRisk> risk = model.delayRisk(silent, promisedFriday, 0.3);
		assertThat(risk).isPresent();
		assertThat(risk.get().reason()).isEqualTo(DelayRisk.Reason.NO_SCAN);
		assertThat(risk.get().daysWithoutScan()).isEqualTo(3);
		assertThat(risk.get().usualDays()).isEqualTo(1);
		DeliveryPrediction plain = model.predict(silent);
		assertThat(risk.get().prediction().window().latest()).isAfter(plain.window().latest());
		assertThat(risk.get().prediction().window().earliest()).isEqualTo(plain.window().earliest());
		// The same parcel scanned yesterday evening is on its usual pace.
		PredictionRequest scanned = new PredictionRequest(BERLIN_MUNICH, TUESDAY, TUESDAY, null, BERLIN, friday,
				TrackingStatus.IN_TRANSIT, TUESDAY, at(LocalDate.of(2026, 3, 12), 19), null, null);
		assertThat(model.delayRisk(scanned, promisedFriday, 0.3)).isEmpty();
	}

	@Test
	void learnsTheUsualGapBetweenScansFromTheLane() {
		TransitModel model = TransitModels.create(this.settings, null);
		for (int i = 0; i < 40; i++) {
			// Hand-over Tuesday, a scan Wednesday, none Thursday, delivery Friday: some
			// lanes scan every other day.
			model.learn(new TransitSample(BERLIN_MUNICH, TUESDAY, at(LocalDate.of(2026, 3, 13), 12),
					List.of(at(LocalDate.of(2026, 3, 11), 6))));
		}
		Instant thursdayLate = at(LocalDate.of(2026, 3, 12), 20);
		Instant nextMonday = at(LocalDate.of(2026, 3, 16), 8);
		PredictionRequest quietTwoDays = new PredictionRequest(BERLIN_MUNICH, TUESDAY, TUESDAY, null, BERLIN,
				at(LocalDate.of(2026, 3, 13), 8), TrackingStatus.IN_TRANSIT, TUESDAY, at(LocalDate.of(2026, 3, 11), 6),
				null, null);
		assertThat(model.delayRisk(quietTwoDays, LocalDate.of(2026, 3, 13), 0.3)).isEmpty();
		PredictionRequest quietThree = new PredictionRequest(BERLIN_MUNICH, TUESDAY, TUESDAY, null, BERLIN, nextMonday,
				TrackingStatus.IN_TRANSIT, TUESDAY, thursdayLate.minus(Duration.ofDays(1)), null, null);
		Optional<DelayRisk> risk = model.delayRisk(quietThree, LocalDate.of(2026, 3, 16), 0.3);
		assertThat(risk).isPresent();
		assertThat(risk.get().reason()).isEqualTo(DelayRisk.Reason.NO_SCAN);
		assertThat(risk.get().usualDays()).isEqualTo(2);
		assertThat(risk.get().daysWithoutScan()).isEqualTo(3);
	}

	@Test
	void listsLaneLevelsWithTheirMedianAndNinetiethPercentile() {
		TransitModel model = TransitModels.create(this.settings.withHalfLife(Duration.ZERO), null);
		learn(model, BERLIN_MUNICH, 1, 50);
		learn(model, BERLIN_MUNICH, 2, 40);
		learn(model, BERLIN_MUNICH, 4, 10);
		learn(model, BERLIN_VIENNA, 3, 5);
		List<LaneStatistics> lanes = model.lanes();
		assertThat(lanes).extracting(LaneStatistics::level)
			.containsExactly("dhl/*→DE", "dhl/DE-10→DE-80", "dhl/DE-1→DE-8", "dhl/DE→DE");
		assertThat(lanes.get(0).carrier()).isEqualTo("dhl");
		assertThat(lanes.get(0).deliveries()).isEqualTo(100);
		assertThat(lanes.get(0).medianBusinessDays()).isEqualTo(1.0);
		assertThat(lanes.get(0).p90BusinessDays()).isEqualTo(2.0);
	}

	@Test
	void recentDeliveriesWeighMoreWithAHalfLife() {
		TransitModel model = TransitModels.create(this.settings.withHalfLife(Duration.ofDays(10)), null);
		Instant longAgo = TUESDAY.minus(Duration.ofDays(70));
		learn(model, BERLIN_MUNICH, longAgo, 3, 60);
		learn(model, BERLIN_MUNICH, TUESDAY.minus(Duration.ofDays(7)), 1, 30);
		assertThat(model.predict(request(BERLIN_MUNICH, TUESDAY)).window().mostLikely()).isEqualTo("2026-03-11");
		TransitModel noDecay = TransitModels.create(this.settings.withHalfLife(Duration.ZERO), null);
		learn(noDecay, BERLIN_MUNICH, longAgo, 3, 60);
		learn(noDecay, BERLIN_MUNICH, TUESDAY.minus(Duration.ofDays(7)), 1, 30);
		assertThat(noDecay.predict(request(BERLIN_MUNICH, TUESDAY)).window().mostLikely()).isEqualTo("2026-03-13");
	}

	@Test
	void learnsAndPredictsConcurrently() throws Exception {
		TransitModel model = TransitModels.create(this.settings, null);
		learn(model, BERLIN_MUNICH, 1, 30);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			Future<?> learner = pool.submit(() -> learn(model, BERLIN_MUNICH, 2, 20_000));
			List<Future<Integer>> readers = List.of(1, 2, 3).stream().map(i -> pool.submit(() -> {
				int ok = 0;
				while (!learner.isDone()) {
					DeliveryPrediction prediction = model.predict(request(BERLIN_MUNICH, TUESDAY));
					ok += prediction.window().earliest().isAfter(LocalDate.of(2026, 3, 10)) ? 1 : 0;
				}
				return ok;
			})).toList();
			learner.get();
			for (Future<Integer> reader : readers) {
				assertThat(reader.get()).isPositive();
			}
		}
		assertThat(model.lanes().get(0).deliveries()).isEqualTo(20_030);
		assertThat(model.predict(request(BERLIN_MUNICH, TUESDAY)).window().mostLikely()).isEqualTo("2026-03-12");
	}

	// --- helpers

	static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(BERLIN).toInstant();
	}

	/** {@code count} parcels handed over Tuesday 10:00, delivered {@code days} later. */
	private static void learn(TransitModel model, Lane lane, int days, int count) {
		learn(model, lane, TUESDAY, days, count);
	}

	private static void learn(TransitModel model, Lane lane, Instant handedOver, int days, int count) {
		BusinessCalendar calendar = new BusinessCalendar(ModelSettings.defaults());
		LocalDate delivered = calendar.plusDeliveryDays(lane.carrier(), lane.destinationCountry(),
				LocalDate.ofInstant(handedOver, BERLIN), days);
		for (int i = 0; i < count; i++) {
			model.learn(new TransitSample(lane, handedOver, at(delivered, 14)));
		}
	}

	private static PredictionRequest request(Lane lane, Instant now) {
		return new PredictionRequest(lane, now, null, null, BERLIN, now, null, null, null, null, null);
	}

	private static PredictionRequest inTransit(Instant handedOver, Instant now) {
		return new PredictionRequest(BERLIN_MUNICH, handedOver, handedOver, null, BERLIN, now,
				TrackingStatus.IN_TRANSIT, handedOver, now, null, null);
	}

	private static PredictionRequest status(PredictionRequest request, TrackingStatus status, Instant since) {
		return new PredictionRequest(request.lane(), request.orderedAt(), request.handedOverAt(), request.cutOff(),
				request.originZone(), request.now(), status, since, since, request.carrierEstimate(),
				request.defaultBusinessDays());
	}

	private static PredictionRequest with(PredictionRequest request, @Nullable LocalDate carrierEstimate,
			@Nullable Integer defaultDays) {
		return new PredictionRequest(request.lane(), request.orderedAt(), request.handedOverAt(), request.cutOff(),
				request.originZone(), request.now(), request.status(), request.statusSince(), request.lastScanAt(),
				carrierEstimate, defaultDays);
	}

}
