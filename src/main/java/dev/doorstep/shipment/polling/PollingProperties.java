package dev.doorstep.shipment.polling;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often carriers are asked, and how hard.
 *
 * @param enabled whether the poller runs; default {@code true}
 * @param interval how often the poller looks for due legs; default 5 seconds
 * @param batchSize legs claimed per run; default 50
 * @param lease how long a claimed leg stays claimed if the instance dies mid-poll;
 * default 5 minutes
 * @param pending next poll while the carrier has no data yet (or says "not found");
 * default 4 hours
 * @param infoReceived next poll while only the label exists; default 6 hours
 * @param inTransit next poll while moving; default 3 hours
 * @param outForDelivery next poll on the delivery vehicle; default 30 minutes
 * @param availableForPickup next poll while waiting at a pick-up point; default 6 hours
 * @param attemptFail next poll after a failed attempt; default 2 hours
 * @param exception next poll after an exception; default 4 hours
 * @param noCredentials next check when neither the shop nor the instance has credentials;
 * default 6 hours
 * @param maxBackoff longest wait after repeated failures; default 6 hours
 * @param expireAfter no news for this long ends tracking with {@code EXPIRED}; default 30
 * days
 * @param requestsPerSecond calls per second per carrier and instance; default 5
 * @param carrierRequestsPerSecond per-carrier overrides of {@code requestsPerSecond},
 * e.g. {@code doorstep.carrier.polling.carrier-requests-per-second.ups=2}
 */
@ConfigurationProperties("doorstep.carrier.polling")
public record PollingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
		@DefaultValue("50") int batchSize, @DefaultValue("5m") Duration lease, @DefaultValue("4h") Duration pending,
		@DefaultValue("6h") Duration infoReceived, @DefaultValue("3h") Duration inTransit,
		@DefaultValue("30m") Duration outForDelivery, @DefaultValue("6h") Duration availableForPickup,
		@DefaultValue("2h") Duration attemptFail, @DefaultValue("4h") Duration exception,
		@DefaultValue("6h") Duration noCredentials, @DefaultValue("6h") Duration maxBackoff,
		@DefaultValue("30d") Duration expireAfter, @DefaultValue("5") double requestsPerSecond,
		@DefaultValue Map<String, Double> carrierRequestsPerSecond) {

	double requestsPerSecond(String carrier) {
		return this.carrierRequestsPerSecond.getOrDefault(carrier, this.requestsPerSecond);
	}

}
