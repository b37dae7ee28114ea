package dev.doorstep.packaging.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of right-size packaging ({@code doorstep.packaging.*}).
 *
 * @param maxBoxes most boxes one parcel's items may be split into; default 10
 * @param timeLimit how long one packing attempt may take before it counts as not fitting;
 * default 2 seconds
 * @param maxUnits most units (quantities added up) one recommendation packs; default 200
 * @param dayLimit most parcels the console's day view packs; default 500
 */
@ConfigurationProperties("doorstep.packaging")
public record PackagingProperties(@DefaultValue("10") int maxBoxes, @DefaultValue("2s") Duration timeLimit,
		@DefaultValue("200") int maxUnits, @DefaultValue("500") int dayLimit) {
}
