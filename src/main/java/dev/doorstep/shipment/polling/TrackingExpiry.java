package dev.doorstep.shipment.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.TrackingUpdate;
import dev.doorstep.shipment.internal.ShipmentRepository;

import org.springframework.stereotype.Component;

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

	private final Clock clock;

	TrackingExpiry(ShipmentRepository shipments, Shipments service, PollingProperties properties, Clock clock) {
		this.shipments = shipments;
		this.service = service;
		this.properties = properties;
		this.clock = clock;
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
