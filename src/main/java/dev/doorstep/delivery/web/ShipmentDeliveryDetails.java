package dev.doorstep.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.doorstep.delivery.DelayReason;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentDetailsContributor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Adds {@code "delivery"} to {@code GET /api/v1/shipments/{id}}: the current window, its
 * basis and its history.
 */
@Component
class ShipmentDeliveryDetails implements ShipmentDetailsContributor {

	private final DeliveryPromises promises;

	ShipmentDeliveryDetails(DeliveryPromises promises) {
		this.promises = promises;
	}

	@Override
	public String field() {
		return "delivery";
	}

	@Override
	public @Nullable Object details(Shipment shipment) {
		return this.promises.forShipment(shipment.shopId(), shipment.id()).map(Details::of).orElse(null);
	}

	/** The promise of one parcel as JSON. */
	record Details(PredictionJson current, PredictionJson first, List<PredictionJson> history,
			@Nullable LocalDate carrierEstimate, @Nullable LocalDate promisedDate, @Nullable LocalDate deliveredOn,
			@Nullable Boolean onTime, @Nullable Delay delay) {

		static Details of(ShipmentPromise promise) {
			ShipmentPromise.Delay delay = promise.delay();
			return new Details(PredictionJson.of(promise.current()), PredictionJson.of(promise.first()),
					promise.history().stream().map(PredictionJson::of).toList(), promise.carrierEstimate(),
					promise.promisedDate(), promise.deliveredOn(), promise.onTime(),
					delay == null ? null : new Delay(delay.reason(), delay.daysWithoutScan(), delay.usualDays(),
							delay.stage(), delay.predictedAt()));
		}

	}

	record Delay(DelayReason reason, int daysWithoutScan, int usualDays, @Nullable String stage, Instant predictedAt) {
	}

}
