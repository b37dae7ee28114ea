package dev.doorstep.delivery;

/** A window and why it is what it is. */
public record DeliveryPrediction(DeliveryWindow window, PredictionBasis basis) {
}
