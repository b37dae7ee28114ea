package dev.doorstep.webhook.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable task that sends due webhook deliveries. db-scheduler runs it on one
 * instance at a time; the claim uses {@code SKIP LOCKED} and a lease, so a round that
 * dies midway leaves its deliveries to the next.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.webhook.dispatch-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> webhookDispatchTask(WebhookDispatcher dispatcher, WebhookProperties properties) {
		return Tasks.recurring("webhook-dispatch", FixedDelay.of(properties.dispatchInterval()))
			.execute((instance, context) -> {
				int rounds = 0;
				while (dispatcher.dispatchDue() == properties.batchSize() && ++rounds < 50) {
					// a full batch means more are due
				}
			});
	}

}
