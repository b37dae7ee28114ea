package dev.doorstep.support;

import java.util.UUID;

import dev.doorstep.shop.ApiKeys;
import dev.doorstep.shop.NewShop;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;

import org.springframework.stereotype.Component;

/**
 * Creates isolated shops for tests; each gets a unique slug so tests never see each
 * other's data.
 */
@Component
public class TestShops {

	/** A shop with a fresh API key. */
	public record TestShop(Shop shop, String apiKey) {
	}

	private final Shops shops;

	private final ApiKeys keys;

	TestShops(Shops shops, ApiKeys keys) {
		this.shops = shops;
		this.keys = keys;
	}

	public TestShop create(String name) {
		String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		Shop shop = this.shops.create(NewShop.minimal(slug, name));
		return new TestShop(shop, this.keys.issue(shop.id(), "test").secret());
	}

}
