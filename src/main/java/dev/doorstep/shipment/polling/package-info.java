/**
 * Polling carriers that do not push: db-scheduler runs the poller every few seconds, the
 * poller claims due legs, asks each carrier within its rate limit and plans the next
 * question by the parcel's status.
 */
@NullMarked
package dev.doorstep.shipment.polling;

import org.jspecify.annotations.NullMarked;
