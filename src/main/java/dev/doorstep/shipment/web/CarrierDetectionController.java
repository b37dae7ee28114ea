package dev.doorstep.shipment.web;

import java.util.List;

import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.detection.Candidate;
import dev.doorstep.shipment.detection.CarrierDetector;
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
	DetectionResponse detect(@RequestParam(required = false) @Nullable String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			throw new InvalidRequestException(
					List.of(new FieldViolation("trackingNumber", "must be given and not blank")));
		}
		List<CandidateResponse> candidates = this.detector.detect(trackingNumber)
			.stream()
			.map(CandidateResponse::of)
			.toList();
		return new DetectionResponse(CarrierDetector.normalize(trackingNumber), candidates);
	}

	record DetectionResponse(String trackingNumber, List<CandidateResponse> candidates) {
	}

	/** {@code carrier} is null when Doorstep has no code for the courier. */
	record CandidateResponse(@Nullable String carrier, String courier, String format, boolean checksumValid,
			double confidence) {

		static CandidateResponse of(Candidate candidate) {
			return new CandidateResponse(candidate.carrier() == null ? null : candidate.carrier().value(),
					candidate.courierName(), candidate.formatName(), candidate.checksumValid(), candidate.confidence());
		}

	}

}
