/**
 * The merchant console: sign-in, the shared layout with shop switcher and navigation, and
 * the pages for orders, shipments, notifications and shop settings. Later capabilities
 * add their pages here (see docs/guides/console.md).
 */
@ApplicationModule(displayName = "Console",
		allowedDependencies = { "runtime", "shop", "order", "order :: platform", "shipment", "notification", "delivery",
				"webhook", "claim", "returns", "returns :: label", "insert", "feedback", "packaging", "experiment",
				"support" })
@NullMarked
package dev.doorstep.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
