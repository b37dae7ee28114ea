package dev.doorstep.shipment.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.CarrierAccounts;
import dev.doorstep.shipment.CarrierFeed;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierAdapters;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import dev.doorstep.shipment.internal.TrackingLegRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Asks carriers about the legs that are due. Network calls happen outside any
 * transaction; each answer is applied in its own, so one slow carrier holds no locks and
 * one bad answer spoils nothing else.
 */
@Component
public class CarrierPoller {

	private static final Logger log = LoggerFactory.getLogger(CarrierPoller.class);

	private final TrackingLegRepository legs;

	private final CarrierAdapters adapters;

	private final CarrierAccounts accounts;

	private final CarrierFeed feed;

	private final Shipments shipments;

	private final Orders orders;

	private final PollingProperties properties;

	private final PollingSchedule schedule;

	private CarrierRateLimits limits;

	private final MeterRegistry meters;

	private final Clock clock;

	CarrierPoller(TrackingLegRepository legs, CarrierAdapters adapters, CarrierAccounts accounts, CarrierFeed feed,
			Shipments shipments, Orders orders, PollingProperties properties, MeterRegistry meters, Clock clock) {
		this.legs = legs;
		this.adapters = adapters;
		this.accounts = accounts;
		this.feed = feed;
		this.shipments = shipments;
		this.orders = orders;
		this.properties = properties;
		this.schedule = new PollingSchedule(properties);
		this.limits = new CarrierRateLimits(properties);
		this.meters = meters;
		this.clock = clock;
	}

	/**
	 * Polls one batch of due legs.
	 * @return how many legs were claimed
	 */
	public int pollDue() {
		Instant now = this.clock.instant();
		List<TrackingLegRepository.Due> due = this.legs.claimDue(now, this.properties.batchSize(),
				now.plus(this.properties.lease()));
		for (TrackingLegRepository.Due leg : due) {
			try {
				poll(leg);
			}
			catch (RuntimeException ex) {
				// The leg keeps its lease and comes back then; the others go on.
				log.warn("Polling {} failed unexpectedly for shipment {}", leg.carrier(), leg.shipment().value(), ex);
			}
		}
		return due.size();
	}

	void poll(TrackingLegRepository.Due leg) {
		Instant now = this.clock.instant();
		Optional<CarrierAdapter> adapter = this.adapters.find(leg.carrier());
		Optional<Shipment> shipment = this.shipments.find(leg.shop(), leg.shipment());
		if (adapter.isEmpty() || shipment.isEmpty()) {
			record(leg, now, "no adapter", leg.failures(), null, "no adapter");
			return;
		}
		// A leg never asked still has history to tell (another leg may have delivered
		// first).
		if (shipment.get().status().isTerminal() && !leg.neverPolled()) {
			record(leg, now, "not polled", 0, null, shipment.get().status().name().toLowerCase(java.util.Locale.ROOT));
			return;
		}
		TrackingQuery query = query(leg, shipment.get());
		if (!adapter.get().canTrack(query)) {
			record(leg, now, "no credentials", leg.failures(), now.plus(this.properties.noCredentials()), null);
			return;
		}
		Optional<Instant> wait = this.limits.acquire(leg.carrier(), now);
		if (wait.isPresent()) {
			this.legs.postpone(leg.shop(), leg.shipment(), leg.carrier(), leg.trackingNumber(), wait.get());
			return;
		}
		TrackingResult result = adapter.get().track(query);
		this.meters.counter("doorstep.carrier.polls", "carrier", leg.carrier().value(), "outcome", outcome(result))
			.increment();
		Instant answered = this.clock.instant();
		switch (result) {
			case TrackingResult.Found found -> {
				CarrierTracking tracking = found.tracking();
				Shipment after = this.feed.apply(leg.shop(), leg.shipment(), leg.carrier(), leg.trackingNumber(),
						tracking.events(), tracking.handovers(), tracking.estimatedDelivery(), tracking.pickupPoint());
				Instant next = this.schedule.next(after.status(), answered);
				record(leg, answered, "found", 0, next,
						next == null ? after.status().name().toLowerCase(java.util.Locale.ROOT) : null);
			}
			case TrackingResult.NotFound notFound ->
				record(leg, answered, "not found", 0, answered.plus(this.properties.pending()), null);
			case TrackingResult.Unauthorized unauthorized -> {
				log.warn("{} refused the credentials of shop {}: {}", leg.carrier(), leg.shop().value(),
						unauthorized.detail());
				record(leg, answered, "unauthorized", leg.failures() + 1,
						answered.plus(this.properties.noCredentials()), null);
			}
			case TrackingResult.RateLimited limited -> {
				Instant until = this.schedule.backoff(leg.failures() + 1, limited.retryAfter(), answered);
				this.limits.pause(leg.carrier(), until);
				record(leg, answered, "rate limited", leg.failures() + 1, until, null);
			}
			case TrackingResult.Failed failed -> {
				int failures = leg.failures() + 1;
				Instant next = failed.retryable() ? this.schedule.backoff(failures, null, answered)
						: answered.plus(this.properties.maxBackoff());
				record(leg, answered, "failed: " + failed.detail(), failures, next, null);
			}
		}
	}

	/** Forgets buckets and pauses, so one test's rate limit does not slow the next. */
	void resetLimits() {
		this.limits = new CarrierRateLimits(this.properties);
	}

	private TrackingQuery query(TrackingLegRepository.Due leg, Shipment shipment) {
		Order.Address address = this.orders.get(leg.shop(), shipment.orderId()).shippingAddress();
		return new TrackingQuery(leg.trackingNumber(), address == null ? null : address.postcode(),
				address == null ? null : address.country(),
				this.accounts.credentials(leg.shop(), leg.carrier()).orElse(null));
	}

	private void record(TrackingLegRepository.Due leg, Instant now, String outcome, int failures,
			java.time.@org.jspecify.annotations.Nullable Instant next,
			@org.jspecify.annotations.Nullable String stopped) {
		String shortOutcome = outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
		this.legs.polled(leg.shop(), leg.shipment(), leg.carrier(), leg.trackingNumber(), now, shortOutcome, failures,
				next, next == null && stopped == null ? "stopped" : stopped);
	}

	private static String outcome(TrackingResult result) {
		return switch (result) {
			case TrackingResult.Found found -> "found";
			case TrackingResult.NotFound notFound -> "not_found";
			case TrackingResult.Unauthorized unauthorized -> "unauthorized";
			case TrackingResult.RateLimited limited -> "rate_limited";
			case TrackingResult.Failed failed -> "failed";
		};
	}

}
