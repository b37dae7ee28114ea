package dev.doorstep.tracking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of the tracking page offered by another module: a title and a few products.
 * All text is escaped when rendered; only {@code http(s)} image URLs are shown.
 *
 * @param title the section's heading, in the shopper's language
 */
public record PageBlock(String title, List<Item> items) {

	/**
	 * One product of the section.
	 *
	 * @param price the price, already formatted for the shopper's language
	 * @param image an absolute {@code http(s)} URL of a picture, or null
	 * @param href where a click goes: a path on this server or an absolute URL
	 */
	public record Item(String name, String price, @Nullable String image, String href) {

		public Item {
			if (image != null && !image.startsWith("https://") && !image.startsWith("http://")) {
				image = null;
			}
		}

	}

}
