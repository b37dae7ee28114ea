package dev.doorstep.notification.channel.email;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable task that reads the bounce mailbox, when one is configured; on one instance
 * at a time (db-scheduler runs a recurring task once per cluster).
 */
@Configuration(proxyBeanMethods = false)
class BounceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BounceConfiguration.class);

	@Bean
	@ConditionalOnExpression("'${doorstep.notification.email.bounce-mailbox.host:}' != '' "
			+ "and ${doorstep.notification.email.bounce-mailbox.poll-enabled:true}")
	RecurringTask<Void> notificationBounceMailboxTask(BounceMailbox mailbox, EmailProperties properties) {
		return Tasks.recurring("notification-bounce-mailbox", FixedDelay.of(properties.bounceMailbox().interval()))
			.execute((instance, context) -> {
				try {
					mailbox.poll();
				}
				catch (jakarta.mail.MessagingException ex) {
					// The mailbox is away (network, password): next time. The server's
					// text
					// may name the account, an address: masked.
					log.warn("Bounce mailbox unavailable: {} {}", ex.getClass().getSimpleName(),
							BounceReport.withoutAddresses(String.valueOf(ex.getMessage())));
				}
			});
	}

}
