package dev.doorstep.shipment.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.doorstep.shipment.ShipmentStalled;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shipment.internal.ShipmentProperties;
import dev.doorstep.shipment.internal.ShipmentRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends tracking of parcels the carriers have been silent about for too long, with an
 * {@code EXPIRED} event on the timeline (a later carrier event still wins, because the
 * timeline folds by time).
 */
@Component
class TrackingExpiry {

	private final ShipmentRepository shipments;

	private final Shipments service;

	private final PollingProperties properties;

	private final ShipmentProperties shipmentProperties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrackingExpiry(ShipmentRepository shipments, Shipments service, PollingProperties properties,
			ShipmentProperties shipmentProperties, ApplicationEventPublisher events, Clock clock) {
		this.shipmentProperties = shipmentProperties;
		this.events = events;
		this.shipments = shipments;
		this.service = service;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Publishes {@link ShipmentStalled} for parcels that just went quiet for too long.
	 * @return how many
	 */
	@Transactional
	int flagStalled() {
		Instant now = this.clock.instant();
		List<ShipmentRepository.Stalled> stalled = this.shipments
			.flagStalled(now.minus(this.shipmentProperties.stalledAfter()), now, 500);
		for (ShipmentRepository.Stalled parcel : stalled) {
			this.events.publishEvent(new ShipmentStalled(parcel.id(), parcel.shop(), parcel.order(), parcel.status(),
					parcel.lastEventAt(), now));
		}
		return stalled.size();
	}

	/**
	 * @return how many shipments expired
	 */
	int expireStale() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<ShipmentRepository.Ref> stale;
		do {
			stale = this.shipments.staleSince(now.minus(this.properties.expireAfter()), 200);
			for (ShipmentRepository.Ref ref : stale) {
				this.service.record(ref.shop(), ref.id(),
						List.of(new TrackingUpdate(now, TrackingStatus.EXPIRED, "EXPIRED_NO_UPDATES", null,
								"No carrier news for " + this.properties.expireAfter().toDays() + " days", null,
								"doorstep-expired")));
				this.service.stopPolling(ref.shop(), ref.id(), "expired");
				expired++;
			}
		}
		while (stale.size() == 200);
		return expired;
	}

}
