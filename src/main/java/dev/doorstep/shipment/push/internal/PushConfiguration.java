package dev.doorstep.shipment.push.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.shipment.push.PushInbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Works off stored webhook deliveries every second, on one instance at a time.
 * {@code doorstep.carrier.push.work-off-enabled=false} (default {@code true}) leaves them
 * stored, for tests and for instances that should only receive.
 */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.carrier.push.work-off-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> pushInboxTask(PushInbox inbox) {
		return Tasks.recurring("push-inbox", FixedDelay.ofSeconds(1)).execute((instance, context) -> {
			// Keep going while runs come back full: a backlog drains at the apply rate,
			// not at one batch per scheduler tick.
			int rounds = 0;
			while (inbox.workOff(500) == 500 && ++rounds < 60) {
				// next batch
			}
		});
	}

}
