package dev.doorstep.tracking.internal;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

	private static MockHttpServletRequest request(String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.0.0.5");
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	@Test
	void ignoresForwardedForUnlessTrusted() {
		assertThat(ClientAddresses.of(request("203.0.113.7"), false)).isEqualTo("10.0.0.5");
	}

	@Test
	void takesTheFirstForwardedAddressWhenTrusted() {
		assertThat(ClientAddresses.of(request(" 203.0.113.7 , 10.0.0.1"), true)).isEqualTo("203.0.113.7");
		assertThat(ClientAddresses.of(request(null), true)).isEqualTo("10.0.0.5");
		assertThat(ClientAddresses.of(request(" "), true)).isEqualTo("10.0.0.5");
	}

}
