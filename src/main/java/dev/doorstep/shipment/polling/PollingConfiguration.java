package dev.doorstep.shipment.polling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable tasks behind polling: db-scheduler runs each on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class PollingConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.carrier.polling.enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> carrierPollerTask(CarrierPoller poller, PollingProperties properties) {
		return Tasks.recurring("carrier-poller", FixedDelay.of(properties.interval())).execute((instance, context) -> {
			// Keep going while whole batches come back, so a backlog drains in one run.
			int claimed;
			int rounds = 0;
			do {
				claimed = poller.pollDue();
			}
			while (claimed == properties.batchSize() && ++rounds < 20);
		});
	}

	@Bean
	RecurringTask<Void> trackingExpiryTask(TrackingExpiry expiry) {
		return Tasks.recurring("tracking-expiry", FixedDelay.ofMinutes(30)).execute((instance, context) -> {
			expiry.flagStalled();
			expiry.expireStale();
		});
	}

}
