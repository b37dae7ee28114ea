package dev.doorstep.shipment.detection;

import java.util.List;
import java.util.stream.Stream;

import dev.doorstep.shipment.CarrierCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test number of every format, from the bundled data and from Doorstep's European
 * additions: valid ones are found as their format, invalid ones are not.
 */
class CarrierDetectorTests {

	static final CarrierDetector detector = new CarrierDetector();

	@Test
	void loadsTheDataSetAndTheEuropeanFormats() {
		List<String> couriers = detector.formats().stream().map(CarrierDetector.Format::courierName).toList();
		assertThat(couriers).contains("UPS", "DHL", "S10 International Standard", "DHL Paket", "GLS", "Hermes",
				"PostNL", "Royal Mail", "Deutsche Post");
		assertThat(detector.formats()).hasSizeGreaterThan(40);
	}

	@TestFactory
	Stream<DynamicTest> everyValidSampleIsDetectedAsItsFormat() {
		return detector.formats()
			.stream()
			.flatMap(format -> format.validSamples()
				.stream()
				.map(sample -> DynamicTest.dynamicTest(format.name() + " " + sample, () -> {
					List<Candidate> candidates = detector.detect(sample);
					assertThat(candidates).anySatisfy(candidate -> {
						assertThat(candidate.courierName()).isEqualTo(format.courierName());
						assertThat(candidate.formatName()).isEqualTo(format.name());
						assertThat(candidate.checksumValid()).isEqualTo(format.hasChecksum());
					});
				})));
	}

	@TestFactory
	Stream<DynamicTest> noInvalidSampleIsDetectedAsItsFormat() {
		return detector.formats()
			.stream()
			.flatMap(format -> format.invalidSamples()
				.stream()
				.map(sample -> DynamicTest.dynamicTest(format.name() + " " + sample,
						() -> assertThat(detector.detect(sample)).noneSatisfy(candidate -> {
							assertThat(candidate.courierName()).isEqualTo(format.courierName());
							assertThat(candidate.formatName()).isEqualTo(format.name());
						}))));
	}

	@Test
	void upsNumberWithSpacesAndLowerCaseRanksUpsFirst() {
		List<Candidate> candidates = detector.detect("1z 5r8 939 0357 5671 27");
		assertThat(candidates.getFirst().carrier()).isEqualTo(new CarrierCode("ups"));
		assertThat(candidates.getFirst().checksumValid()).isTrue();
		assertThat(candidates.getFirst().confidence()).isGreaterThanOrEqualTo(0.85);
		assertThat(candidates).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
	}

	@Test
	void s10MapsTheCountryToDoorstepsCarrier() {
		assertThat(detector.detect("RR123456785DE")).extracting(Candidate::carrier)
			.contains(new CarrierCode("deutsche-post"))
			.doesNotContain(new CarrierCode("royal-mail"));
		assertThat(detector.detect("RB123456785GB")).extracting(Candidate::carrier)
			.contains(new CarrierCode("royal-mail"));
		assertThat(detector.detect("RB123456785US")).extracting(Candidate::carrier).contains(new CarrierCode("usps"));
		// Cape Verde has a post but no Doorstep carrier.
		assertThat(detector.detect("RB123456785CV")).singleElement().satisfies(candidate -> {
			assertThat(candidate.courierName()).isEqualTo("S10 International Standard");
			assertThat(candidate.carrier()).isNull();
			assertThat(candidate.checksumValid()).isTrue();
		});
	}

	@Test
	void checksumVerifiedCandidatesComeBeforeShapeOnlyOnes() {
		// 20 digits of DHL's SSCC: the verified DHL Paket format leads.
		List<Candidate> candidates = detector.detect("00340434161094015902");
		assertThat(candidates.getFirst().formatName()).isEqualTo("DHL Paket (SSCC, 20)");
		assertThat(candidates.getFirst().carrier()).isEqualTo(new CarrierCode("dhl"));
		boolean seenUnchecked = false;
		for (Candidate candidate : candidates) {
			if (!candidate.checksumValid()) {
				seenUnchecked = true;
			}
			else {
				assertThat(seenUnchecked).as("verified after unverified in %s", candidates).isFalse();
			}
		}
	}

	@Test
	void shapeOnlyFormatsSayTheyAreUnverified() {
		assertThat(detector.detect("H100012345678901")).anySatisfy(candidate -> {
			assertThat(candidate.carrier()).isEqualTo(new CarrierCode("hermes"));
			assertThat(candidate.checksumValid()).isFalse();
			assertThat(candidate.confidence()).isLessThan(0.85);
		});
	}

	@Test
	void nothingMatchesGarbage() {
		assertThat(detector.detect("not a tracking number!")).isEmpty();
		assertThat(detector.detect("")).isEmpty();
	}

	@Test
	void prefixLengthCountsFixedCharactersOnly() {
		assertThat(CarrierDetector.Format.prefixLength("\\s*1\\s*Z\\s*(?<SerialNumber>(?:[A-Z0-9]\\s*){6})"))
			.isEqualTo(2);
		assertThat(CarrierDetector.Format.prefixLength("\\s*(?<SerialNumber>([0-9]\\s*){12})")).isZero();
		assertThat(CarrierDetector.Format.prefixLength("\\s*0\\s*0\\s*(?<SerialNumber>3\\s*4\\s*([0-9]\\s*){11})"))
			.isEqualTo(4);
	}

	@Test
	void namesACarrierOnlyWhenCertain() {
		assertThat(detector.carrierFor("1Z5R89390357567127")).hasValue(new CarrierCode("ups"));
		assertThat(detector.carrierFor("00340434161094015902")).hasValue(new CarrierCode("dhl"));
		assertThat(detector.carrierFor("RR123456785DE")).hasValue(new CarrierCode("deutsche-post"));
		assertThat(detector.carrierFor("AB123456785GB")).hasValue(new CarrierCode("royal-mail"));
		// Shape only, and several carriers use that shape.
		assertThat(detector.carrierFor("123456789012")).isEmpty();
		// An S10 number of a post Doorstep has no code for.
		assertThat(detector.carrierFor("RB123456785CV")).isEmpty();
		assertThat(detector.carrierFor("nothing-like-it")).isEmpty();
	}

}
