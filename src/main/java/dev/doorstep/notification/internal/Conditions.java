package dev.doorstep.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.doorstep.notification.JourneyStep;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a condition step. Pure: the same order, parcel and time always give the same
 * answer.
 */
final class Conditions {

	private Conditions() {
	}

	static boolean matches(JourneyStep.Condition condition, Order order, @Nullable Shipment shipment, Instant now) {
		if (condition.carriers() != null && !condition.carriers().isEmpty()
				&& (shipment == null || !condition.carriers().contains(shipment.carrier().value()))) {
			return false;
		}
		if (condition.countries() != null && !condition.countries().isEmpty()) {
			String country = order.shippingAddress() == null ? null : order.shippingAddress().country();
			if (country == null || !condition.countries().contains(country.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		if (condition.statuses() != null && !condition.statuses().isEmpty()
				&& (shipment == null || !condition.statuses().contains(shipment.status()))) {
			return false;
		}
		if (condition.minShipmentValue() != null && order.total().compareTo(condition.minShipmentValue()) < 0) {
			return false;
		}
		if (condition.minHoursInStatus() != null) {
			Instant since = shipment == null ? null
					: shipment.lastEventAt() != null ? shipment.lastEventAt() : shipment.createdAt();
			if (since == null || Duration.between(since, now).toHours() < condition.minHoursInStatus()) {
				return false;
			}
		}
		return true;
	}

}
