package dev.doorstep.notification.channel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelHttpTests {

	@Test
	void publicHttpsUrlsPass() {
		assertThat(ChannelHttp.web("https://hooks.example.com/doorstep", false)).isPresent();
		assertThat(ChannelHttp.web("https://fcm.googleapis.com/fcm/send/abc", false)).isPresent();
		assertThat(ChannelHttp.web("https://93.184.216.34/hook", false)).isPresent();
	}

	@Test
	void addressesInsideTheInstallationsNetworkAreRefused() {
		for (String url : new String[] { "https://localhost/x", "https://127.0.0.1/x", "https://10.1.2.3/x",
				"https://192.168.0.10/x", "https://172.16.5.4/x", "https://169.254.169.254/latest/meta-data",
				"https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://db.internal/x",
				"https://printer.local/x", "https://postgres/x" }) {
			assertThat(ChannelHttp.web(url, false)).as(url).isEmpty();
		}
	}

	@Test
	void plainHttpCredentialsAndGarbageAreRefused() {
		assertThat(ChannelHttp.web("http://hooks.example.com/x", false)).isEmpty();
		assertThat(ChannelHttp.web("https://user:pw@hooks.example.com/x", false)).isEmpty();
		assertThat(ChannelHttp.web("not a url", false)).isEmpty();
		assertThat(ChannelHttp.web("ftp://hooks.example.com/x", false)).isEmpty();
	}

	@Test
	void testsMayPostToALocalStub() {
		assertThat(ChannelHttp.web("http://localhost:8089/hook", true)).isPresent();
	}

}
