package dev.doorstep.shop.internal;

import dev.doorstep.shop.ApiKeys;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.NewShop;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.shop.Shops;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class ShopBootstrapIntegrationTests {

	@Autowired
	Shops shops;

	@Autowired
	ApiKeys keys;

	@Autowired
	ConsoleUsers users;

	@Test
	void createsTheConfiguredShopKeyAndOwnerOnceAndMakesTheOwnerOwnLaterShops() {
		String slug = "boot-" + System.nanoTime();
		String key = "dsk_bootstrap_" + System.nanoTime() + "_0123456789";
		String admin = "admin-" + System.nanoTime() + "@example.com";
		ShopBootstrap bootstrap = new ShopBootstrap(new ShopProperties(slug, key, admin, "s3cret-passw0rd"), this.shops,
				this.keys, this.users);

		bootstrap.run(null);
		bootstrap.run(null);

		var shop = this.shops.findBySlug(slug).orElseThrow();
		assertThat(this.keys.authenticate(key)).contains(shop.id());
		assertThat(this.keys.list(shop.id())).hasSize(1);
		var owner = this.users.findIdByEmail(admin).orElseThrow();

		// The owner gets the shops created after it (bootstrap, demo, console), through
		// ShopCreated.
		bootstrap.on(new dev.doorstep.shop.ShopCreated(shop.id(), slug));
		var later = this.shops.create(NewShop.minimal(slug + "-later", "Later"));
		bootstrap.on(new dev.doorstep.shop.ShopCreated(later.id(), later.slug()));
		assertThat(this.users.memberships(owner)).extracting(ConsoleUsers.Membership::role)
			.containsOnly(ShopRole.OWNER);
		assertThat(this.users.memberships(owner)).extracting(ConsoleUsers.Membership::shopId)
			.contains(shop.id(), later.id());
	}

}
