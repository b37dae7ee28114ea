package dev.doorstep.claim.internal;

import java.time.ZoneId;
import java.util.List;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimSettings;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;

/**
 * Everything the eligibility rules look at, read once per decision.
 *
 * @param claims the parcel's earlier claims, any status
 * @param zone the shop's time zone, for the dates the shopper reads
 */
public record ClaimFacts(ClaimSettings settings, Order order, Shipment shipment, List<Claim> claims, ZoneId zone) {
}
