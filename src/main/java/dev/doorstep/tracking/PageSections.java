package dev.doorstep.tracking;

import java.util.Locale;
import java.util.Optional;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * A section of HTML another module adds to the shopper pages (the support module's FAQ
 * and question box). Unlike {@link PageBlocks}, the module renders the section itself,
 * from its own template, and answers for it being safe: every text escaped, no inline
 * script (scripts come from {@code /assets/}). Asked on every view of the page.
 */
public interface PageSections {

	/** Where a section goes. */
	enum Placement {

		/** The tracking page {@code /t/{token}}, below the updates. */
		TRACKING_PAGE,
		/** The order look-up {@code /s/{shop}/track}, below the form. */
		LOOKUP_PAGE,
		/** The returns portal's start page {@code /s/{shop}/returns}, below the form. */
		RETURNS_PORTAL

	}

	/**
	 * The section's HTML for this page, or empty for none.
	 * @param shipment the parcel on the tracking page; {@code null} on the other pages
	 */
	Optional<String> html(Shop shop, @Nullable Shipment shipment, Locale locale, Placement placement);

}
