package dev.doorstep.runtime;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the runtime.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data
 * ({@code DOORSTEP_DATA_DIR}); default {@code ./data}
 * @param embeddedDatabasePort port of the embedded PostgreSQL; 0 picks a free one
 * (default)
 * @param maxRequestBytes largest accepted API request body in bytes; default 1 MiB
 */
@ConfigurationProperties("doorstep.runtime")
record RuntimeProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedDatabasePort,
		@DefaultValue("1048576") long maxRequestBytes) {
}
