package dev.doorstep.shop;

import java.util.UUID;

/**
 * Identifies a shop (tenant). Every row of every module carries one.
 */
public record ShopId(UUID value) {

	public static ShopId of(String value) {
		return new ShopId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
