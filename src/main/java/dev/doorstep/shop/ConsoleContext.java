package dev.doorstep.shop;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in console user and the shop they are working in. Console controllers take
 * it as a parameter; it is resolved from the session and checked against the user's
 * memberships.
 */
public record ConsoleContext(UUID userId, String email, String displayName, Shop shop, ShopRole role,
		List<Shop> shops) {

	public ShopId shopId() {
		return this.shop.id();
	}

	public boolean owner() {
		return this.role == ShopRole.OWNER;
	}

}
