package dev.doorstep.recommendation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The full rebuild of the cross-sell models. db-scheduler runs it on one instance at a
 * time; other instances keep their models current from order events and rebuild them on
 * their next start.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

	@Bean
	RecurringTask<Void> recommendationModelRebuildTask(ShopModels models, RecommendationProperties properties) {
		return Tasks.recurring("recommendation-model-rebuild", FixedDelay.of(properties.rebuildInterval()))
			.execute((instance, context) -> models.rebuildAll());
	}

}
