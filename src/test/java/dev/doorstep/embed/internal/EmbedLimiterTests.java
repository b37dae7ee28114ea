package dev.doorstep.embed.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each token and each client address has its own allowance per minute. */
class EmbedLimiterTests {

	private final EmbedLimiter limiter = new EmbedLimiter(
			new EmbedProperties("", Duration.ofMinutes(10), Duration.ofHours(1), 20, 2, 3, 1000, false));

	@Test
	void aTokenRunsOutBeforeItsClientDoes() {
		assertThat(this.limiter.take("203.0.113.1", "token-a")).isEmpty();
		assertThat(this.limiter.take("203.0.113.1", "token-a")).isEmpty();

		assertThat(this.limiter.take("203.0.113.1", "token-a"))
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		// Another token of the same client has its own allowance, until the client's
		// ends.
		assertThat(this.limiter.take("203.0.113.2", "token-b")).isEmpty();
	}

	@Test
	void aClientWithManyTokensRunsOutToo() {
		assertThat(this.limiter.take("198.51.100.9", "t1")).isEmpty();
		assertThat(this.limiter.take("198.51.100.9", "t2")).isEmpty();
		assertThat(this.limiter.take("198.51.100.9", "t3")).isEmpty();

		assertThat(this.limiter.take("198.51.100.9", "t4")).isPresent();
		assertThat(this.limiter.take("198.51.100.10", "t4")).isEmpty();
	}

}
