package dev.doorstep.returns.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the returns module.
 *
 * @param portalSecret signs the keys that open an order's returns portal after a look-up;
 * empty (default) draws a random one at each start, which only ends open portal visits.
 * Set it when several instances serve the portal
 * @param portalAccessValidity how long such a key opens the portal; default 2 hours
 */
@ConfigurationProperties("doorstep.returns")
public record ReturnsProperties(@DefaultValue("") String portalSecret,
		@DefaultValue("PT2H") Duration portalAccessValidity) {
}
