package dev.doorstep.apidoc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The summary of each operation, from {@code apidoc/summaries.properties}
 * ({@code GET\ /api/v1/orders = Search orders ...}). Written by hand: handler names say
 * little to a reader ({@code settings}, {@code event}).
 */
final class Summaries {

	static final String RESOURCE = "apidoc/summaries.properties";

	private final Map<String, String> byOperation;

	private Summaries(Map<String, String> byOperation) {
		this.byOperation = byOperation;
	}

	static Summaries load() {
		Properties properties = new Properties();
		try (InputStream in = Summaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> byOperation = new TreeMap<>();
		properties.forEach((key, value) -> byOperation.put(key.toString().trim(), value.toString().trim()));
		return new Summaries(byOperation);
	}

	@Nullable String of(String method, String path) {
		return this.byOperation.get(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
	}

}
