package dev.doorstep.shop.internal;

import dev.doorstep.shop.ApiKeys;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.NewShop;
import dev.doorstep.shop.ShopCreated;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.shop.Shops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the configured console owner and bootstrap shop on start, for deployments that
 * are set up by automation rather than by hand. Runs before the demo so the owner also
 * owns the demo shop.
 */
@Component
@Order(0)
class ShopBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShopBootstrap.class);

	private final ShopProperties properties;

	private final Shops shops;

	private final ApiKeys keys;

	private final ConsoleUsers users;

	ShopBootstrap(ShopProperties properties, Shops shops, ApiKeys keys, ConsoleUsers users) {
		this.properties = properties;
		this.shops = shops;
		this.keys = keys;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.hasAdmin()) {
			this.users.ensureUser(this.properties.adminEmail(), "Administrator", this.properties.adminPassword());
		}
		String slug = this.properties.bootstrapShop().trim();
		if (!slug.isEmpty() && this.shops.findBySlug(slug).isEmpty()) {
			var shop = this.shops.create(NewShop.minimal(slug, slug));
			if (!this.properties.bootstrapApiKey().isBlank()) {
				this.keys.register(shop.id(), "bootstrap", this.properties.bootstrapApiKey().trim());
			}
			log.info("Created bootstrap shop '{}'", slug);
		}
	}

	/**
	 * The configured owner owns every shop, including ones created later by the demo or
	 * the API.
	 */
	@EventListener
	void on(ShopCreated event) {
		if (this.properties.hasAdmin()) {
			this.users.findIdByEmail(this.properties.adminEmail())
				.ifPresent(user -> this.users.grant(event.shopId(), user, ShopRole.OWNER));
		}
	}

}
