package dev.doorstep.console.web;

import java.util.List;

/**
 * The console's left navigation. A new page adds one line here; {@code labelKey} is a key
 * of {@code messages/console*.properties}.
 */
public final class ConsoleNavigation {

	/** One entry; it is shown as active on its path and every path below it. */
	public record Entry(String path, String labelKey) {

		public boolean activeFor(String requestPath) {
			return requestPath.equals(this.path) || requestPath.startsWith(this.path + "/");
		}

	}

	static final List<Entry> ENTRIES = List.of(new Entry("/console/orders", "console.nav.orders"),
			new Entry("/console/shipments", "console.nav.shipments"),
			new Entry("/console/notifications", "console.nav.notifications"),
			new Entry("/console/mailbox", "console.nav.mailbox"),
			new Entry("/console/carriers", "console.nav.carriers"),
			new Entry("/console/platforms", "console.nav.platforms"),
			new Entry("/console/returns", "console.nav.returns"), new Entry("/console/claims", "console.nav.claims"),
			new Entry("/console/reviews", "console.nav.reviews"),
			new Entry("/console/delivery", "console.nav.delivery"),
			new Entry("/console/inserts", "console.nav.inserts"),
			new Entry("/console/packaging", "console.nav.packaging"),
			new Entry("/console/insights", "console.nav.insights"),
			new Entry("/console/experiments", "console.nav.experiments"),
			new Entry("/console/support/faq", "console.nav.support"),
			new Entry("/console/support/conversations", "console.nav.supportConversations"),
			new Entry("/console/support/handover", "console.nav.supportSettings"),
			new Entry("/console/webhooks", "console.nav.webhooks"),
			new Entry("/console/settings", "console.nav.settings"), new Entry("/api/docs", "console.nav.apiReference"));

	private ConsoleNavigation() {
	}

}
