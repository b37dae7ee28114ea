package dev.doorstep.embed.web;

import java.time.Duration;

import dev.doorstep.embed.internal.EmbedProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host and client a request counts as: forwarded headers only behind a trusted proxy.
 */
class EmbedRequestsTests {

	private static EmbedRequests requests(boolean trust) {
		return new EmbedRequests(
				new EmbedProperties("", Duration.ofMinutes(10), Duration.ofHours(1), 20, 30, 120, 1000, trust));
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Host", "Doorstep.Example:443");
		request.addHeader("X-Forwarded-Host", "track.shop.example, proxy.internal");
		request.addHeader("X-Forwarded-For", "203.0.113.7, 10.0.0.2");
		request.setRemoteAddr("10.0.0.2");
		return request;
	}

	@Test
	void untrustedForwardedHeadersAreIgnored() {
		assertThat(requests(false).host(request())).isEqualTo("doorstep.example");
		assertThat(requests(false).client(request())).isEqualTo("10.0.0.2");
	}

	@Test
	void behindATrustedProxyTheFirstForwardedEntriesCount() {
		assertThat(requests(true).host(request())).isEqualTo("track.shop.example");
		assertThat(requests(true).client(request())).isEqualTo("203.0.113.7");
	}

	@Test
	void aNonDefaultPortIsPartOfTheHost() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Host", "localhost:8443");

		assertThat(requests(false).host(request)).isEqualTo("localhost:8443");
	}

}
