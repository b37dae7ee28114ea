package dev.doorstep.notification.channel;

import java.net.InetAddress;
import java.net.UnknownHostException;

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

	@Test
	void aPublicLookingNameThatResolvesInsideIsRefusedAtSendTime() {
		ChannelHttp.Resolver dns = host -> switch (host) {
			case "hooks.example.com" -> new InetAddress[] { ip("93.184.216.34") };
			case "rebind.example.com" -> new InetAddress[] { ip("93.184.216.34"), ip("10.0.0.5") };
			case "meta.example.com" -> new InetAddress[] { ip("169.254.169.254") };
			default -> throw new UnknownHostException(host);
		};
		assertThat(ChannelHttp.reach("hooks.example.com", dns)).isEqualTo(ChannelHttp.Reach.PUBLIC);
		assertThat(ChannelHttp.reach("rebind.example.com", dns)).isEqualTo(ChannelHttp.Reach.INTERNAL);
		assertThat(ChannelHttp.reach("meta.example.com", dns)).isEqualTo(ChannelHttp.Reach.INTERNAL);
		assertThat(ChannelHttp.reach("gone.example.com", dns)).isEqualTo(ChannelHttp.Reach.UNRESOLVED);
		// Names refused by their form are never looked up.
		assertThat(ChannelHttp.reach("db.internal", dns)).isEqualTo(ChannelHttp.Reach.INTERNAL);
	}

	@Test
	void theRealResolverSeesLocalNamesAndMissingOnes() {
		assertThat(ChannelHttp.reach("127.0.0.1")).isEqualTo(ChannelHttp.Reach.INTERNAL);
		// RFC 2606 reserves .invalid: it never resolves.
		assertThat(ChannelHttp.reach("doorstep.invalid")).isEqualTo(ChannelHttp.Reach.UNRESOLVED);
	}

	private static InetAddress ip(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
