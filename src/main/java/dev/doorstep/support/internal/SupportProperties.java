package dev.doorstep.support.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the support module ({@code doorstep.support.*}).
 *
 * @param confidenceThreshold below this probability of the likeliest intent the assistant
 * asks back instead of answering; default 0.45 (on the held-apart set, answers above it
 * are right far more often than not)
 * @param questionsPerMinute questions one client may ask per minute on the public pages;
 * default 20, plenty for a person, little for a script
 * @param cleanupInterval how often conversations past their shop's retention are deleted;
 * default 1 hour
 * @param cleanupEnabled whether this instance runs the clean-up task; default true
 * @param rephrase the optional OpenAI-compatible endpoint that may reword answers
 */
@ConfigurationProperties("doorstep.support")
public record SupportProperties(@DefaultValue("0.45") double confidenceThreshold,
		@DefaultValue("20") int questionsPerMinute, @DefaultValue("1h") Duration cleanupInterval,
		@DefaultValue("true") boolean cleanupEnabled, @DefaultValue Rephrase rephrase) {

	/**
	 * An OpenAI-compatible chat completions endpoint
	 * ({@code POST <url>/chat/completions}) that may reword an answer, never add to it.
	 * Off unless a URL is set.
	 *
	 * @param url the API base, e.g. {@code https://api.openai.com/v1} or a local server;
	 * default none (off)
	 * @param apiKey sent as a bearer token; default none
	 * @param model the model name; default {@code gpt-4o-mini}
	 * @param timeout how long to wait before answering unrephrased; default 5 seconds
	 */
	public record Rephrase(@Nullable String url, @Nullable String apiKey, @DefaultValue("gpt-4o-mini") String model,
			@DefaultValue("5s") Duration timeout) {

		public boolean enabled() {
			return this.url != null && !this.url.isBlank();
		}

	}

}
