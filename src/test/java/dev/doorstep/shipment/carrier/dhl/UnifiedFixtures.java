package dev.doorstep.shipment.carrier.dhl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Unified Tracking API fixtures of either carrier code, for the mapper tests. */
public final class UnifiedFixtures {

	private UnifiedFixtures() {
	}

	public static String read(String carrier, String name) {
		String path = "/shipment/carrier/" + carrier + "/" + name + ".json";
		try (InputStream in = UnifiedFixtures.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
