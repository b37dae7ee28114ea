/**
 * Experiments with holdouts: a journey step's variants (copy, timing, channel) or a
 * tracking-page block on and off, a share of shoppers that gets nothing, stable
 * assignment per shopper (recorded, {@link dev.doorstep.experiment.ExperimentAssigned}),
 * and a report that compares arms on message metrics and outcomes (tracking-page visits,
 * 90-day repurchase, return rate, CSAT) with confidence intervals and a verdict. It
 * implements notification's {@code JourneyVariants} and tracking's
 * {@code PageModuleGate}, so neither depends on it. See docs/guides/experiments.md.
 */
@ApplicationModule(displayName = "Experiments",
		allowedDependencies = { "runtime", "shop", "order", "shipment", "notification", "tracking", "returns",
				"feedback" })
@NullMarked
package dev.doorstep.experiment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
