package dev.doorstep.order.platform.magento;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.order.internal.OrderProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pulls Magento shops that gave a base URL and an access token, on one instance at a time
 * (db-scheduler).
 */
@Configuration(proxyBeanMethods = false)
class MagentoConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.order.platform-pull-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> magentoPullTask(MagentoPull pull, OrderProperties properties) {
		return Tasks.recurring("platform-magento-pull", FixedDelay.of(properties.platformPullInterval()))
			.execute((instance, context) -> pull.pullAll());
	}

}
