package dev.doorstep.order.platform.magento;

import java.time.Duration;
import java.time.Instant;

import dev.doorstep.order.internal.OrderProperties;
import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.runtime.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Magento pull calls a URL the merchant gave: with local URLs not allowed (the
 * production setting) it must never reach into the installation's own network, neither
 * when the connection is saved nor when the pull runs.
 */
class MagentoOutboundTests {

	private static final OrderProperties PRODUCTION = new OrderProperties(Duration.ofDays(30), true,
			Duration.ofMinutes(5), Duration.ofDays(30), 50, Duration.ofSeconds(2), false);

	private final MagentoAdapter adapter = new MagentoAdapter(PRODUCTION, null);

	@Test
	void baseUrlInsideTheNetworkOrWithoutHttpsIsRefused() {
		for (String url : new String[] { "http://shop.example", "https://localhost", "https://127.0.0.1",
				"https://169.254.169.254/latest", "https://10.0.0.7", "https://magento.internal",
				"https://shop.example?x=1" }) {
			assertThatThrownBy(() -> this.adapter.check(new PlatformConnection.Settings("", url, "token", null)))
				.as(url)
				.isInstanceOf(InvalidRequestException.class);
		}
	}

	@Test
	void publicHttpsBaseUrlIsKeptWithoutItsTrailingSlash() {
		PlatformConnection.Settings checked = this.adapter
			.check(new PlatformConnection.Settings("", "https://shop.example/store/", "token", "ignored"));

		assertThat(checked.baseUrl()).isEqualTo("https://shop.example/store");
		assertThat(checked.accessToken()).isEqualTo("token");
		assertThat(checked.appName()).isNull();
	}

	@Test
	void pullToANameThatResolvesInsideTheNetworkIsNotSent() {
		MagentoClient client = new MagentoClient(PRODUCTION);

		assertThatThrownBy(() -> client.page("https://localhost:1", "token", "orders", Instant.EPOCH, 1, 50))
			.isInstanceOf(MagentoClient.PullFailed.class)
			.hasMessageContaining("inside this installation's network");
	}

	@Test
	void queryIsMagentosSearchCriteriaEncoded() {
		assertThat(MagentoClient.query(Instant.parse("2026-11-21T07:12:30Z"), 2, 50))
			.isEqualTo("searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=updated_at"
					+ "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=2026-11-21%2007%3A12%3A30"
					+ "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=gteq"
					+ "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=updated_at"
					+ "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=ASC"
					+ "&searchCriteria%5BpageSize%5D=50&searchCriteria%5BcurrentPage%5D=2");
	}

}
