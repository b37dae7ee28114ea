package dev.doorstep.shop.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for creating a shop and a console owner on start, for automated deployments.
 *
 * @param bootstrapShop slug of a shop to create on start if it does not exist
 * ({@code DOORSTEP_BOOTSTRAP_SHOP}); empty (default) creates none
 * @param bootstrapApiKey API key the bootstrap shop gets
 * ({@code DOORSTEP_BOOTSTRAP_API_KEY}, at least 24 characters); empty (default) issues
 * none
 * @param adminEmail email of a console owner to create on start
 * ({@code DOORSTEP_ADMIN_EMAIL}); this user becomes owner of every shop created
 * afterwards; empty (default) creates none
 * @param adminPassword that owner's password ({@code DOORSTEP_ADMIN_PASSWORD}); empty by
 * default
 */
@ConfigurationProperties("doorstep.shop")
record ShopProperties(@DefaultValue("") String bootstrapShop, @DefaultValue("") String bootstrapApiKey,
		@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword) {

	boolean hasAdmin() {
		return !this.adminEmail.isBlank() && !this.adminPassword.isBlank();
	}

}
