package dev.doorstep.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;

/**
 * Seeds on a first start once the app is ready, then prints where to log in and three
 * tracking links. Only the demo login is printed, never shopper data.
 */
@Component
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final DemoSeeder seeder;

	private final Simulator simulator;

	private final Shipments shipments;

	private final DemoProperties properties;

	private final Environment environment;

	private final Clock clock;

	DemoBanner(DemoSeeder seeder, Simulator simulator, Shipments shipments, DemoProperties properties,
			Environment environment, Clock clock) {
		this.seeder = seeder;
		this.simulator = simulator;
		this.shipments = shipments;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!this.properties.enabled()) {
			return;
		}
		Optional<DemoSeeder.Seeded> seeded = this.seeder.seedIfFirstStart(this.clock.instant());
		Optional<Shop> shop = this.seeder.demoShop();
		if (shop.isEmpty()) {
			return;
		}
		String password = seeded.map(DemoSeeder.Seeded::password).orElse(null);
		Path file = credentialsFile();
		if (password != null) {
			writeCredentials(file, password);
		}
		log.info(banner(shop.get(), password, file));
	}

	String banner(Shop shop, @Nullable String password, Path credentials) {
		String base = baseUrl();
		StringBuilder banner = new StringBuilder("\n\n  Doorstep demo: ").append(shop.name()).append('\n');
		banner.append("  Console:  ").append(base).append("/console\n");
		banner.append("  Email:    ").append(DemoSeeder.CONSOLE_EMAIL).append('\n');
		banner.append("  Password: ").append(password != null ? password : "see " + credentials).append('\n');
		banner.append("  Tracking pages:\n");
		for (Map.Entry<String, Shipment> link : links(shop).entrySet()) {
			banner.append("    ")
				.append(String.format("%-12s", link.getKey()))
				.append(base)
				.append(TrackingLinks.path(link.getValue()))
				.append('\n');
		}
		banner.append("  Turn the demo off with DOORSTEP_DEMO=false.\n");
		return banner.toString();
	}

	/** One delivered parcel, one on its way and one with a problem, when there are. */
	private Map<String, Shipment> links(Shop shop) {
		List<Shipment> parcels = new ArrayList<>();
		for (ShipmentId id : this.simulator.parcels(shop.id())) {
			this.shipments.find(shop.id(), id).ifPresent(parcels::add);
		}
		Map<String, Shipment> links = new LinkedHashMap<>();
		pick(parcels, List.of(TrackingStatus.DELIVERED)).ifPresent(s -> links.put("delivered", s));
		pick(parcels, List.of(TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.IN_TRANSIT, TrackingStatus.INFO_RECEIVED))
			.ifPresent(s -> links.put("on its way", s));
		pick(parcels,
				List.of(TrackingStatus.ATTEMPT_FAIL, TrackingStatus.AVAILABLE_FOR_PICKUP, TrackingStatus.EXCEPTION))
			.ifPresent(s -> links.put("attention", s));
		return links;
	}

	private static Optional<Shipment> pick(List<Shipment> parcels, List<TrackingStatus> statuses) {
		for (TrackingStatus status : statuses) {
			Optional<Shipment> found = parcels.reversed().stream().filter(s -> s.status() == status).findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private String baseUrl() {
		String configured = this.properties.consoleBaseUrl();
		if (!configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	Path credentialsFile() {
		String configured = this.properties.credentialsFile();
		if (!configured.isBlank()) {
			return Path.of(configured);
		}
		return Path.of(this.environment.getProperty("doorstep.runtime.data-dir", "./data"), "demo-credentials.txt");
	}

	/** Readable by the owner only: the password grants console access. */
	static void writeCredentials(Path file, String password) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.deleteIfExists(file);
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(file);
			}
			Files.writeString(file,
					"Doorstep demo console\nemail: " + DemoSeeder.CONSOLE_EMAIL + "\npassword: " + password + "\n");
		}
		catch (IOException ex) {
			log.warn("Could not write the demo credentials to {}: {}", file, ex.getMessage());
		}
	}

}
