package dev.doorstep.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo and the simulated carrier.
 *
 * @param enabled seed the demo shop on a first start with an empty database, keep it
 * alive, let its simulated shoppers act and print the banner ({@code DOORSTEP_DEMO});
 * default true
 * @param timeScale simulated minutes that pass per real second; default 3.5, so a home
 * delivery (about 24 simulated hours) takes about 7 real minutes
 * @param consoleBaseUrl base URL the banner prints; blank (default) means
 * {@code http://localhost:<server port>}
 * @param credentialsFile where the generated console password is written; blank (default)
 * means {@code <doorstep.runtime.data-dir>/demo-credentials.txt}
 * @param orders how many orders the seeding places; default 50
 * @param topUpInterval how often the demo shop gets a new order while it has few moving
 * parcels; default 2 minutes
 * @param activeParcelCap the demo shop gets new orders only while it has fewer moving
 * parcels than this; default 12
 * @param batchSize parcels advanced per batch of the simulator; default 200
 */
@ConfigurationProperties("doorstep.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3.5") double timeScale,
		@DefaultValue("") String consoleBaseUrl, @DefaultValue("") String credentialsFile,
		@DefaultValue("50") int orders, @DefaultValue("2m") Duration topUpInterval,
		@DefaultValue("12") int activeParcelCap, @DefaultValue("200") int batchSize) {

	/** Real time for a simulated gap. */
	Duration realTime(Duration simulated) {
		return Duration.ofMillis(Math.max(1, (long) (simulated.toMinutes() * 1000 / this.timeScale)));
	}

}
