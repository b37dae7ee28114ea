package dev.doorstep.shipment;

import dev.doorstep.shop.PublicUrls;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * Builds the public tracking link of a shipment: {@code <base>/t/<token>}, on the shop's
 * own domain when it has one ({@link PublicUrls}).
 */
@Component
public class TrackingLinks {

	private final PublicUrls urls;

	TrackingLinks(PublicUrls urls) {
		this.urls = urls;
	}

	public String url(Shipment shipment) {
		return this.urls.absolute(shipment.shopId(), path(shipment));
	}

	public static String path(Shipment shipment) {
		return "/t/" + shipment.publicToken();
	}

	/**
	 * A path on the shop's public side as a full URL, for links in messages and labels
	 * (the returns portal, claim and review pages).
	 */
	public String absolute(ShopId shop, String path) {
		return this.urls.absolute(shop, path);
	}

	/** A path on Doorstep's public side on the global base URL (links of no shop). */
	public String absolute(String path) {
		return this.urls.defaultBase() + path;
	}

}
