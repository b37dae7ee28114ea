package dev.doorstep.shipment.push.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.shipment.push.PushInbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Works off stored webhook deliveries every second, on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

	@Bean
	RecurringTask<Void> pushInboxTask(PushInbox inbox) {
		return Tasks.recurring("push-inbox", FixedDelay.ofSeconds(1))
			.execute((instance, context) -> inbox.workOff(500));
	}

}
