package dev.doorstep.tracking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shop;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link PageSections} for one page, joined in bean order: for the
 * tracking module's pages and for other modules' shopper pages (returns portal).
 */
@Component
public class ExtraSections {

	private final ObjectProvider<PageSections> sections;

	ExtraSections(ObjectProvider<PageSections> sections) {
		this.sections = sections;
	}

	/** The sections' HTML, empty when no module has one. */
	public String html(Shop shop, @Nullable Shipment shipment, Locale locale, PageSections.Placement placement) {
		List<String> html = this.sections.orderedStream()
			.map(section -> section.html(shop, shipment, locale, placement))
			.flatMap(Optional::stream)
			.toList();
		// One section (the usual case) as it came, not copied: it is kept by its module.
		return (html.size() == 1) ? html.getFirst() : String.join("", html);
	}

}
