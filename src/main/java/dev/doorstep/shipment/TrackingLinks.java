package dev.doorstep.shipment;

import dev.doorstep.shipment.internal.ShipmentProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the public tracking link of a shipment: {@code <base>/t/<token>}.
 */
@Component
public class TrackingLinks {

	private final ShipmentProperties properties;

	private final Environment environment;

	TrackingLinks(ShipmentProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	public String url(Shipment shipment) {
		return base() + path(shipment);
	}

	public static String path(Shipment shipment) {
		return "/t/" + shipment.publicToken();
	}

	/**
	 * A path on Doorstep's public side as a full URL, for links in messages and labels
	 * (the returns portal, claim pages).
	 */
	public String absolute(String path) {
		return base() + path;
	}

	private String base() {
		String configured = this.properties.publicBaseUrl();
		if (!configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		// Background work (a carrier scan moving a return) has no request to go by: this
		// server, as the notification module's links do.
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

}
