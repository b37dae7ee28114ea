package dev.doorstep.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.doorstep.notification.internal.JourneyRepository;
import dev.doorstep.notification.internal.Planner;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's journeys: the default set on first use, each switchable on its own.
 */
@Service
public class Journeys {

	private final JourneyRepository journeys;

	private final Planner planner;

	private final Clock clock;

	Journeys(JourneyRepository journeys, Planner planner, Clock clock) {
		this.journeys = journeys;
		this.planner = planner;
		this.clock = clock;
	}

	@Transactional
	public List<Journey> list(ShopId shop) {
		this.planner.ensureDefaults(shop, this.clock.instant());
		return this.journeys.all(shop);
	}

	@Transactional
	public Journey setEnabled(ShopId shop, UUID id, boolean enabled) {
		if (!this.journeys.setEnabled(shop, id, enabled, this.clock.instant())) {
			throw new NotFoundException("Journey", id);
		}
		return this.journeys.all(shop).stream().filter(journey -> journey.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	public Journey replaceSteps(ShopId shop, UUID id, List<JourneyStep> steps) {
		Journey checked = new Journey(id, Trigger.ORDER_CONFIRMED, "check", true, steps);
		if (!this.journeys.replaceSteps(shop, id, checked.steps(), this.clock.instant())) {
			throw new NotFoundException("Journey", id);
		}
		return this.journeys.all(shop).stream().filter(journey -> journey.id().equals(id)).findFirst().orElseThrow();
	}

}
