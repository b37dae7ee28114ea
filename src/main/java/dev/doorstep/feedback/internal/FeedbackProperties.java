package dev.doorstep.feedback.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the feedback module ({@code doorstep.feedback.*}).
 *
 * @param sendAt the time of day (shop's time zone) review requests are due on their day;
 * default 10:00, when people read mail rather than sleep
 * @param scanInterval how often the scheduler sends due requests; default 5 minutes
 * @param scanEnabled whether this instance runs the scheduler's task; default true
 * @param maxPhotoSize largest review photo; default 5MB
 */
@ConfigurationProperties("doorstep.feedback")
public record FeedbackProperties(@DefaultValue("10:00") LocalTime sendAt, @DefaultValue("5m") Duration scanInterval,
		@DefaultValue("true") boolean scanEnabled, @DefaultValue("5MB") DataSize maxPhotoSize) {
}
