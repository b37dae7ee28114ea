package dev.doorstep.support.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.shop.ShopCreated;
import dev.doorstep.support.Conversations;
import dev.doorstep.support.Faqs;
import dev.doorstep.support.model.IntentModel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The intent model (trained once at start from the shipped phrases: a fraction of a
 * second, and the same on every node), the conversations' retention clean-up and the
 * default FAQ for new shops.
 */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

	@Bean
	IntentModel supportIntentModel() {
		return IntentModel.shipped();
	}

	@Bean
	@ConditionalOnProperty(name = "doorstep.support.cleanup-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> supportConversationCleanupTask(Conversations conversations, SupportProperties properties) {
		return Tasks.recurring("support-conversation-cleanup", FixedDelay.of(properties.cleanupInterval()))
			.execute((instance, context) -> conversations.deleteExpired());
	}

	/** Seeds the default FAQ when a shop is created (pages also seed on first use). */
	@Component
	static class FaqSeeding {

		private final Faqs faqs;

		FaqSeeding(Faqs faqs) {
			this.faqs = faqs;
		}

		@ApplicationModuleListener
		void on(ShopCreated event) {
			this.faqs.ensureSeeded(event.shopId());
		}

	}

}
