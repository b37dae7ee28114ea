package dev.doorstep.shop;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class ApiKeyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesOnlyAHashAndStopsAcceptingARevokedKey() {
		Shop shop = this.shops.create(NewShop.minimal("keys-" + System.nanoTime(), "Keys"));
		IssuedApiKey key = this.keys.issue(shop.id(), "ci");
		ApiClient api = new ApiClient(this.port, key.secret());

		assertThat(key.secret()).startsWith("dsk_").hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.jdbc.sql("SELECT count(*) FROM api_key WHERE secret_hash = :s OR prefix = :s")
			.param("s", key.secret())
			.query(Long.class)
			.single()).isZero();
		assertThat(api.get("/api/v1/orders").status()).isEqualTo(200);
		assertThat(this.keys.list(shop.id())).singleElement().satisfies(listed -> {
			assertThat(listed.prefix()).isEqualTo(key.prefix());
			assertThat(listed.lastUsedAt()).isNotNull();
		});

		assertThat(this.keys.revoke(shop.id(), key.id())).isTrue();

		assertThat(api.get("/api/v1/orders").status()).isEqualTo(401);
		assertThat(this.keys.list(shop.id()).getFirst().active()).isFalse();
	}

	@Test
	void aShopCannotRevokeAnotherShopsKey() {
		Shop a = this.shops.create(NewShop.minimal("keys-a-" + System.nanoTime(), "A"));
		Shop b = this.shops.create(NewShop.minimal("keys-b-" + System.nanoTime(), "B"));
		IssuedApiKey bKey = this.keys.issue(b.id(), "b");

		assertThat(this.keys.revoke(a.id(), bKey.id())).isFalse();
		assertThat(new ApiClient(this.port, bKey.secret()).get("/api/v1/orders").status()).isEqualTo(200);
	}

}
