/**
 * The transit model: business-day calendars, transit-time distributions per lane level
 * (coarsened until enough deliveries back them), windows conditioned on the parcel's
 * status, and delay risks. Pure Java: no Spring, no database, so the backtest command
 * runs it on a CSV file. {@link dev.doorstep.delivery.model.TransitModels} creates one.
 */
@NullMarked
package dev.doorstep.delivery.model;

import org.jspecify.annotations.NullMarked;
