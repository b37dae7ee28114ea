package dev.doorstep.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.delivery.DelayReason;
import dev.doorstep.delivery.DeliveryDelayPredicted;
import dev.doorstep.delivery.DeliveryEstimateChanged;
import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.delivery.model.DelayRisk;
import dev.doorstep.delivery.model.Lane;
import dev.doorstep.delivery.model.PredictionRequest;
import dev.doorstep.delivery.model.TransitModel;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a parcel's promise from what the shipment module says now. Every event of a
 * parcel leads here, whatever it carried: the shipment's stored state already equals an
 * in-order replay of its events, so an event that comes twice, late or out of order gives
 * the same result as in order. A new row is stored only when the window or its basis
 * changed; a delay is announced once per promised day.
 */
@Component
public class PromiseUpdater {

	private static final int PAGE = 200;

	private final Shipments shipments;

	private final Orders orders;

	private final Shops shops;

	private final Models models;

	private final PromiseRepository promises;

	private final DeliverySettingsRepository settings;

	private final SampleRepository samples;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PromiseUpdater(Shipments shipments, Orders orders, Shops shops, Models models, PromiseRepository promises,
			DeliverySettingsRepository settings, SampleRepository samples, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.shops = shops;
		this.models = models;
		this.promises = promises;
		this.settings = settings;
		this.samples = samples;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Brings one parcel's promise up to date, in its own transaction. */
	void update(ShopId shop, ShipmentId id) {
		this.transactions.executeWithoutResult(status -> updateInTransaction(shop, id));
	}

	/** Checks every parcel on its way, for the delays that silence causes. */
	public int checkOpen() {
		int checked = 0;
		UUID after = null;
		List<PromiseRepository.Open> page;
		do {
			page = this.promises.open(after, PAGE);
			for (PromiseRepository.Open open : page) {
				update(open.shop(), open.shipment());
				after = open.shipment().value();
				checked++;
			}
		}
		while (page.size() == PAGE);
		return checked;
	}

	private void updateInTransaction(ShopId shopId, ShipmentId id) {
		Optional<Shipment> found = this.shipments.find(shopId, id);
		if (found.isEmpty()) {
			return;
		}
		Shipment shipment = found.get();
		Instant now = this.clock.instant();
		PromiseRepository.State state = this.promises.lock(shopId, id, shipment.orderId(), shipment.carrier().value(),
				shipment.status(), now);
		Shop shop = this.shops.get(shopId);
		ZoneId zone = shop.timeZone();
		Order order = this.orders.find(shopId, shipment.orderId()).orElse(null);
		DeliverySettings settings = this.settings.find(shopId);
		List<TrackingEvent> timeline = this.shipments.timeline(shopId, id);
		LocalDate carrierEstimate = this.shipments.carrierEstimate(shopId, id)
			.map(estimate -> estimate.atZone(zone).toLocalDate())
			.orElse(null);
		Lane lane = lane(shipment, order, settings);
		PredictionRequest request = request(shipment, order, lane, settings, timeline, carrierEstimate, zone, now);
		TransitModel model = this.models.forShop(shopId);
		DeliveryPrediction prediction = model.predict(request);
		Optional<ShipmentPromise.Prediction> first = this.promises.prediction(shopId, state.firstId());
		LocalDate promised = shipment.promisedDeliveryDate() != null ? shipment.promisedDeliveryDate()
				: first.map(p -> p.window().latest()).orElse(null);

		ShipmentPromise.Delay delay = null;
		DelayRisk risk = null;
		if (!shipment.status().isTerminal() && promised != null) {
			risk = model.delayRisk(request, promised, settings.delayThreshold()).orElse(null);
			if (risk != null) {
				prediction = risk.prediction();
				delay = new ShipmentPromise.Delay(reason(risk.reason()), risk.daysWithoutScan(), risk.usualDays(),
						stage(risk, timeline), now);
			}
		}

		Optional<ShipmentPromise.Prediction> latest = this.promises.prediction(shopId, state.latestId());
		if (latest.isEmpty() || changed(latest.get(), prediction)) {
			this.promises.addPrediction(shopId, id,
					new ShipmentPromise.Prediction(prediction.window(), prediction.basis(), now));
			DeliveryWindow previous = latest.map(ShipmentPromise.Prediction::window).orElse(null);
			if (previous == null || !sameDays(previous, prediction.window())) {
				this.events.publishEvent(new DeliveryEstimateChanged(id, shopId, shipment.orderId(), previous,
						prediction.window(), prediction.basis(), now));
			}
		}

		LocalDate deliveredOn = shipment.deliveredAt() == null ? null
				: shipment.deliveredAt().atZone(zone).toLocalDate();
		Boolean onTime = (deliveredOn == null || promised == null) ? null : !deliveredOn.isAfter(promised);
		this.promises.updateFacts(shopId, id, shipment.status(), carrierEstimate, shipment.promisedDeliveryDate(),
				deliveredOn, onTime, now);

		if (delay != null && risk != null) {
			if (this.promises.addDelay(shopId, id, promised, delay)) {
				this.events.publishEvent(new DeliveryDelayPredicted(id, shopId, shipment.orderId(), delay.reason(),
						delay.daysWithoutScan(), delay.usualDays(), delay.stage(), prediction.window(), promised, now));
			}
		}
		else if (state.delay() != null) {
			// The parcel moved on (or arrived): no longer "running late".
			this.promises.setDelay(shopId, id, null);
		}

		if (shipment.delivered() && shipment.deliveredAt() != null) {
			learn(shopId, id, lane, request, shipment.deliveredAt(), shipment.promisedDeliveryDate(), timeline);
		}
	}

	private void learn(ShopId shop, ShipmentId id, Lane lane, PredictionRequest request, Instant deliveredAt,
			@Nullable LocalDate promised, List<TrackingEvent> timeline) {
		Instant handedOver = request.handedOverAt() != null ? request.handedOverAt() : request.orderedAt();
		if (handedOver.isAfter(deliveredAt)) {
			return;
		}
		List<Instant> scans = timeline.stream()
			.map(TrackingEvent::occurredAt)
			.filter(at -> !at.isBefore(handedOver) && !at.isAfter(deliveredAt))
			.toList();
		TransitSample sample = new TransitSample(lane, handedOver, deliveredAt, scans);
		if (this.samples.add(shop, id, sample, promised)) {
			this.models.learnAfterCommit(shop, sample);
		}
	}

	/**
	 * The route as the model sees it; the shop's settings fill what the shipment lacks.
	 */
	static Lane lane(Shipment shipment, @Nullable Order order, DeliverySettings settings) {
		Order.Address address = order == null ? null : order.shippingAddress();
		String originCountry = upper(shipment.origin() == null ? null : shipment.origin().country());
		String originPostcode = shipment.origin() == null ? null : blankToNull(shipment.origin().postcode());
		if (originCountry == null) {
			originCountry = upper(settings.originCountry());
			originPostcode = originPostcode != null ? originPostcode : blankToNull(settings.originPostcode());
		}
		String destinationCountry = upper(address == null ? null : address.country());
		String destinationPostcode = address == null ? null : blankToNull(address.postcode());
		// Without a country on one end, the parcel is taken to stay in the country of the
		// other end (most shops ship domestically).
		if (originCountry == null) {
			originCountry = destinationCountry != null ? destinationCountry : "DE";
		}
		if (destinationCountry == null) {
			destinationCountry = originCountry;
		}
		return new Lane(shipment.carrier().value(), blankToNull(shipment.service()), originCountry, originPostcode,
				destinationCountry, destinationPostcode);
	}

	private static PredictionRequest request(Shipment shipment, @Nullable Order order, Lane lane,
			DeliverySettings settings, List<TrackingEvent> timeline, @Nullable LocalDate carrierEstimate, ZoneId zone,
			Instant now) {
		Instant orderedAt = order != null ? order.placedAt() : shipment.createdAt();
		Instant handedOver = shipment.shippedAt() != null ? shipment.shippedAt() : firstScan(timeline);
		TrackingStatus status = timeline.isEmpty() && shipment.status() == TrackingStatus.PENDING ? null
				: shipment.status();
		Instant lastScan = timeline.isEmpty() ? null : timeline.getLast().occurredAt();
		return new PredictionRequest(lane, orderedAt, handedOver, settings.cutOff(), zone, now, status,
				statusSince(shipment.status(), timeline), lastScan, carrierEstimate,
				settings.defaultDays(lane.carrier(), lane.destinationCountry()));
	}

	/** The carrier's first scan of the parcel itself (not of its label). */
	private static @Nullable Instant firstScan(List<TrackingEvent> timeline) {
		return timeline.stream()
			.filter(event -> event.status() != TrackingStatus.PENDING && event.status() != TrackingStatus.INFO_RECEIVED)
			.map(TrackingEvent::occurredAt)
			.findFirst()
			.orElse(null);
	}

	/**
	 * When the current run of the parcel's status began (the timeline is oldest first).
	 */
	static @Nullable Instant statusSince(TrackingStatus status, List<TrackingEvent> timeline) {
		Instant since = null;
		for (int i = timeline.size() - 1; i >= 0 && timeline.get(i).status() == status; i--) {
			since = timeline.get(i).occurredAt();
		}
		return since;
	}

	private static @Nullable String stage(DelayRisk risk, List<TrackingEvent> timeline) {
		if (risk.stage() != null) {
			return risk.stage();
		}
		if (timeline.isEmpty()) {
			return null;
		}
		TrackingEvent.Location location = timeline.getLast().location();
		return location == null ? null : blankToNull(location.city());
	}

	private static DelayReason reason(DelayRisk.Reason reason) {
		return switch (reason) {
			case WINDOW_PAST_PROMISE -> DelayReason.WINDOW_PAST_PROMISE;
			case NO_SCAN -> DelayReason.NO_SCAN;
		};
	}

	/**
	 * Whether a new prediction is worth a row: another window or another basis. The
	 * confidence and sample size drift with every delivery learned and are not news.
	 */
	private static boolean changed(ShipmentPromise.Prediction stored, DeliveryPrediction fresh) {
		return !sameDays(stored.window(), fresh.window()) || stored.basis().source() != fresh.basis().source()
				|| !Objects.equals(stored.basis().laneLevel(), fresh.basis().laneLevel());
	}

	private static boolean sameDays(DeliveryWindow a, DeliveryWindow b) {
		return a.earliest().equals(b.earliest()) && a.mostLikely().equals(b.mostLikely())
				&& a.latest().equals(b.latest());
	}

	private static @Nullable String upper(@Nullable String value) {
		String blank = blankToNull(value);
		return blank == null ? null : blank.toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
