package dev.doorstep.shipment.web;

import java.util.List;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.detection.CarrierDetector;
import dev.doorstep.shipment.detection.DetectionReport;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which carrier a tracking number probably belongs to. Reads no shop data: the answer
 * depends on the number alone, though the call still needs an API key like all of
 * {@code /api}.
 */
@RestController
class CarrierDetectionController {

	private final CarrierDetector detector;

	CarrierDetectionController(CarrierDetector detector) {
		this.detector = detector;
	}

	@GetMapping("/api/v1/carriers/detect")
	DetectionReport detect(@RequestParam(required = false) @Nullable String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			throw new InvalidRequestException(
					List.of(new FieldViolation("trackingNumber", "must be given and not blank")));
		}
		return this.detector.report(trackingNumber);
	}

}
