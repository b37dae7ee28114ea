package dev.doorstep.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable task that sends due messages, on one instance at a time per batch (claims
 * use {@code SKIP LOCKED}, so several instances share the work).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.notification.dispatch-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> notificationDispatchTask(Dispatcher dispatcher, NotificationProperties properties) {
		return Tasks.recurring("notification-dispatch", FixedDelay.of(properties.dispatchInterval()))
			.execute((instance, context) -> {
				int rounds = 0;
				while (dispatcher.dispatchDue() == properties.batchSize() && ++rounds < 50) {
					// a full batch means more are due
				}
			});
	}

}
