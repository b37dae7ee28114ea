package dev.doorstep.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundUrlsTests {

	@Test
	void publicHttpsUrlsPass() {
		assertThat(OutboundUrls.web("https://hooks.example.com/doorstep", false)).isPresent();
		assertThat(OutboundUrls.web("https://fcm.googleapis.com/fcm/send/abc", false)).isPresent();
		assertThat(OutboundUrls.web("https://93.184.216.34/hook", false)).isPresent();
	}

	@Test
	void addressesInsideTheInstallationsNetworkAreRefused() {
		for (String url : new String[] { "https://localhost/x", "https://127.0.0.1/x", "https://10.1.2.3/x",
				"https://192.168.0.10/x", "https://172.16.5.4/x", "https://169.254.169.254/latest/meta-data",
				"https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://db.internal/x",
				"https://printer.local/x", "https://postgres/x" }) {
			assertThat(OutboundUrls.web(url, false)).as(url).isEmpty();
		}
	}

	@Test
	void plainHttpCredentialsAndGarbageAreRefused() {
		assertThat(OutboundUrls.web("http://hooks.example.com/x", false)).isEmpty();
		assertThat(OutboundUrls.web("https://user:pw@hooks.example.com/x", false)).isEmpty();
		assertThat(OutboundUrls.web("not a url", false)).isEmpty();
		assertThat(OutboundUrls.web("ftp://hooks.example.com/x", false)).isEmpty();
	}

	@Test
	void testsMayPostToALocalStub() {
		assertThat(OutboundUrls.web("http://localhost:8089/hook", true)).isPresent();
	}

	@Test
	void aPublicLookingNameThatResolvesInsideIsRefusedAtSendTime() {
		OutboundUrls.Resolver dns = host -> switch (host) {
			case "hooks.example.com" -> new InetAddress[] { ip("93.184.216.34") };
			case "rebind.example.com" -> new InetAddress[] { ip("93.184.216.34"), ip("10.0.0.5") };
			case "meta.example.com" -> new InetAddress[] { ip("169.254.169.254") };
			default -> throw new UnknownHostException(host);
		};
		assertThat(OutboundUrls.reach("hooks.example.com", dns)).isEqualTo(OutboundUrls.Reach.PUBLIC);
		assertThat(OutboundUrls.reach("rebind.example.com", dns)).isEqualTo(OutboundUrls.Reach.INTERNAL);
		assertThat(OutboundUrls.reach("meta.example.com", dns)).isEqualTo(OutboundUrls.Reach.INTERNAL);
		assertThat(OutboundUrls.reach("gone.example.com", dns)).isEqualTo(OutboundUrls.Reach.UNRESOLVED);
		// Names refused by their form are never looked up.
		assertThat(OutboundUrls.reach("db.internal", dns)).isEqualTo(OutboundUrls.Reach.INTERNAL);
	}

	@Test
	void theRealResolverSeesLocalNamesAndMissingOnes() {
		assertThat(OutboundUrls.reach("127.0.0.1")).isEqualTo(OutboundUrls.Reach.INTERNAL);
		// RFC 2606 reserves .invalid: it never resolves.
		assertThat(OutboundUrls.reach("doorstep.invalid")).isEqualTo(OutboundUrls.Reach.UNRESOLVED);
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
