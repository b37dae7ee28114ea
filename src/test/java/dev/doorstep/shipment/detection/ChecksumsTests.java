package dev.doorstep.shipment.detection;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each algorithm against numbers whose check digits are known. */
class ChecksumsTests {

	@Test
	void mod7() {
		// DHL Express 3318810025: 331881002 mod 7 = 5
		assertThat(Checksums.mod7("331881002", "5")).isTrue();
		assertThat(Checksums.mod7("331881002", "4")).isFalse();
		assertThat(Checksums.mod7("33188A002", "5")).isFalse();
	}

	@Test
	void mod10GS1() {
		// SSCC 340434161094015902: GS1 weights 3,1 from the left of 17 digits
		assertThat(Checksums.mod10("34043416109401590", "2", 3, 1, false)).isTrue();
		assertThat(Checksums.mod10("34043416109401590", "3", 3, 1, false)).isFalse();
		// EAN-13 4006381333931 (12 payload digits: weights 1,3)
		assertThat(Checksums.mod10("400638133393", "1", 1, 3, false)).isTrue();
	}

	@Test
	void mod10WithLettersAsUpsDoes() {
		// 1Z5R89390357567127 (a UPS sample of the data): letters count as (ascii - 3) %
		// 10
		assertThat(Checksums.mod10("5R8939035756712", "7", 1, 2, false)).isTrue();
		assertThat(Checksums.mod10("5R8939035756712", "8", 1, 2, false)).isFalse();
	}

	@Test
	void luhn() {
		// 7992739871 has Luhn check digit 3
		assertThat(Checksums.luhn("7992739871", "3")).isTrue();
		assertThat(Checksums.luhn("7992739871", "4")).isFalse();
	}

	@Test
	void s10() {
		assertThat(Checksums.s10("12345678", "5")).isTrue();
		assertThat(Checksums.s10("47110815", "1")).isTrue();
		assertThat(Checksums.s10("12345678", "6")).isFalse();
		assertThat(Checksums.s10("1234567", "5")).isFalse();
	}

	@Test
	void sumProductWithWeightingsAndModulo() {
		// FedEx Express 986578788855: weights 3,1,7 over 11 digits, mod 11 then mod 10
		assertThat(Checksums.sumProduct("98657878885", "5", List.of(3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1), 11, 10)).isTrue();
		assertThat(Checksums.sumProduct("98657878885", "6", List.of(3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1), 11, 10))
			.isFalse();
	}

	@Test
	void mod3736() {
		// ISO 7064 MOD 37,36 example from the standard family: "A12425GABC1234002" -> "M"
		assertThat(Checksums.mod3736("A12425GABC1234002", "M")).isTrue();
		assertThat(Checksums.mod3736("A12425GABC1234002", "N")).isFalse();
		assertThat(Checksums.mod3736("A1242-GABC", "M")).isFalse();
	}

}
