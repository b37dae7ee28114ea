package dev.doorstep.delivery.web;

import java.time.Instant;
import java.time.LocalDate;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliveryWindow;
import dev.doorstep.delivery.PredictionBasis;
import dev.doorstep.delivery.ShipmentPromise;
import org.jspecify.annotations.Nullable;

/**
 * A prediction as the API shows it: {@code {window:{earliest,mostLikely,latest},
 * confidence, basis:{source,lane,samples}}}.
 */
record PredictionJson(Window window, double confidence, Basis basis, @Nullable Instant computedAt) {

	record Window(LocalDate earliest, LocalDate mostLikely, LocalDate latest) {
	}

	record Basis(PredictionBasis.Source source, @Nullable String lane, int samples) {
	}

	static PredictionJson of(DeliveryPrediction prediction) {
		return of(prediction.window(), prediction.basis(), null);
	}

	static PredictionJson of(ShipmentPromise.Prediction prediction) {
		return of(prediction.window(), prediction.basis(), prediction.computedAt());
	}

	private static PredictionJson of(DeliveryWindow window, PredictionBasis basis, @Nullable Instant computedAt) {
		return new PredictionJson(new Window(window.earliest(), window.mostLikely(), window.latest()),
				Math.round(window.confidence() * 1000) / 1000.0,
				new Basis(basis.source(), basis.laneLevel(), basis.sampleSize()), computedAt);
	}

}
