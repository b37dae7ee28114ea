package dev.doorstep.feedback.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.doorstep.feedback.ReviewRequests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable task that sends due review requests. db-scheduler runs it on one instance
 * at a time; the due rows are claimed with {@code SKIP LOCKED}, and each request is
 * decided once (its status moves off SCHEDULED), so a round that dies midway leaves the
 * rest to the next. The due date is stored with the request: a restart or a slow round
 * never sends early, only a few minutes late.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	@ConditionalOnProperty(name = "doorstep.feedback.scan-enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> feedbackReviewRequestsTask(ReviewRequests requests, FeedbackProperties properties,
			java.time.Clock clock) {
		return Tasks.recurring("feedback-review-requests", FixedDelay.of(properties.scanInterval()))
			.execute((instance, context) -> {
				int rounds = 0;
				while (requests.sendDue(clock.instant()) == ReviewRequests.BATCH && ++rounds < 50) {
					// a full batch means more are due
				}
			});
	}

}
