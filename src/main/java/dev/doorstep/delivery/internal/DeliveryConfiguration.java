package dev.doorstep.delivery.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery module's durable tasks: db-scheduler runs each on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	/** Parcels that went quiet: no event arrives, so nothing else would look at them. */
	@Bean
	RecurringTask<Void> deliveryScanCheckTask(PromiseUpdater updater, DeliveryProperties properties) {
		return Tasks.recurring("delivery-scan-check", FixedDelay.of(properties.scanCheckInterval()))
			.execute((instance, context) -> updater.checkOpen());
	}

	/**
	 * The full retrain. Only the instance that runs it rebuilds from the table; the
	 * others keep learning deliveries as they come and rebuild on their next start.
	 */
	@Bean
	RecurringTask<Void> deliveryModelRebuildTask(Models models, DeliveryProperties properties) {
		return Tasks.recurring("delivery-model-rebuild", FixedDelay.of(properties.rebuildInterval()))
			.execute((instance, context) -> models.rebuild());
	}

}
