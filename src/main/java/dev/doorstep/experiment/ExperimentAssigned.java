package dev.doorstep.experiment;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A shopper was put in an arm of an experiment, the first time they met it; later
 * meetings find the same arm and publish nothing.
 *
 * @param shopperKey a hash of the normalized email, or {@code order:<id>} without one
 * (never the email itself)
 * @param arm the arm's name, or {@link Experiment#HOLDOUT}
 * @param orderId the order that brought the shopper to the experiment
 */
public record ExperimentAssigned(ShopId shopId, UUID experimentId, String shopperKey, String arm, OrderId orderId,
		Instant assignedAt) {
}
