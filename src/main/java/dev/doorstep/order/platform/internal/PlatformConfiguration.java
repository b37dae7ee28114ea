package dev.doorstep.order.platform.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.order.internal.OrderProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Forgets delivery ids of platform webhooks once no platform would redeliver them (on one
 * instance at a time, through db-scheduler).
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	RecurringTask<Void> platformDeliveryCleanupTask(PlatformRepository repository, OrderProperties properties,
			Clock clock) {
		return Tasks.recurring("platform-delivery-cleanup", FixedDelay.ofHours(24))
			.execute((instance, context) -> repository
				.forgetDeliveriesBefore(clock.instant().minus(properties.platformDeliveryRetention())));
	}

}
