package dev.doorstep.apidoc.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.ApplicationModule;

/**
 * One tag per module: an operation belongs to the module whose package its controller
 * lives in ({@code dev.doorstep.returns.web} → Returns), named for API readers. A module
 * not in the table (a new one) is tagged with its {@code @ApplicationModule} display
 * name, so no operation goes untagged.
 */
final class ModuleTags {

	private static final String ROOT = "dev.doorstep.";

	/** Tag name and description by module package. */
	static final Map<String, Tag> TAGS = Map.ofEntries(
			Map.entry("order", new Tag("Orders", "Orders placed in the shop, and shop platform connections")),
			Map.entry("shipment", new Tag("Shipments", "Parcels, their tracking events, legs and carriers")),
			Map.entry("delivery", new Tag("Delivery", "Delivery promises and the settings behind them")),
			Map.entry("notification", new Tag("Notifications", "Journeys, messages, consents and shopper events")),
			Map.entry("returns", new Tag("Returns", "Return policy, return requests, labels and refunds")),
			Map.entry("claim", new Tag("Claims", "Claims for lost or damaged parcels")),
			Map.entry("feedback", new Tag("Feedback", "Review requests and their settings")),
			Map.entry("recommendation", new Tag("Recommendations", "Product catalogue, cross-sell and attribution")),
			Map.entry("insert", new Tag("Inserts", "Packaging insert cards and discount codes")),
			Map.entry("packaging", new Tag("Packaging", "Boxes and right-size packaging recommendations")),
			Map.entry("webhook", new Tag("Webhooks", "Event subscriptions, deliveries and replays")),
			Map.entry("embed", new Tag("Widgets", "Widget tokens, the shop's own domain and allowed origins")),
			Map.entry("experiment",
					new Tag("Experiments",
							"Experiments with holdouts on journeys and the tracking page, and their reports")),
			Map.entry("insights", new Tag("Insights", "KPIs computed from Doorstep's events")),
			Map.entry("support", new Tag("Support", "The assistant's answers, helpdesk hand-over and opening hours")));

	private ModuleTags() {
	}

	record Tag(String name, String description) {
	}

	static Tag of(Class<?> controller) {
		String module = moduleOf(controller.getPackageName());
		Tag known = TAGS.get(module);
		if (known != null) {
			return known;
		}
		String displayName = displayName(module);
		return new Tag(displayName != null ? displayName : capitalized(module), "");
	}

	/** The document's entry for a tag, with its description where the table has one. */
	static io.swagger.v3.oas.models.tags.Tag describe(String name) {
		io.swagger.v3.oas.models.tags.Tag tag = new io.swagger.v3.oas.models.tags.Tag().name(name);
		TAGS.values()
			.stream()
			.filter(known -> known.name().equals(name))
			.findFirst()
			.ifPresent(known -> tag.description(known.description()));
		return tag;
	}

	private static String moduleOf(String packageName) {
		String rest = packageName.startsWith(ROOT) ? packageName.substring(ROOT.length()) : packageName;
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static @Nullable String displayName(String module) {
		try {
			Package info = Class.forName(ROOT + module + ".package-info").getPackage();
			ApplicationModule annotation = info.getAnnotation(ApplicationModule.class);
			return annotation == null || annotation.displayName().isBlank() ? null : annotation.displayName();
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
