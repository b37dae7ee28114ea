package dev.doorstep.experiment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the experiment module ({@code doorstep.experiment.*}).
 *
 * @param minSample shoppers each arm needs (raters, for CSAT) before the report reads a
 * difference; below it the verdict says "n too small" whatever the interval. Default 30.
 * @param runningCacheTtl how long a node keeps a shop's running experiments in memory
 * (the planner and the tracking page ask on every message and page); a start or stop on
 * this node takes effect at once, on other nodes within this. Default 5s.
 */
@ConfigurationProperties("doorstep.experiment")
record ExperimentProperties(@DefaultValue("30") int minSample, @DefaultValue("5s") Duration runningCacheTtl) {
}
