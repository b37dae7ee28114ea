package dev.doorstep.tracking;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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
		return this.sections.orderedStream()
			.map(section -> section.html(shop, shipment, locale, placement))
			.flatMap(Optional::stream)
			.collect(Collectors.joining());
	}

}
