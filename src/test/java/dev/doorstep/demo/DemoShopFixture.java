package dev.doorstep.demo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The demo shop of the shared test database: several test classes need it, and the first
 * one to ask seeds it. The seeding's own answer (with the new owner's password) is kept,
 * so whichever class runs first, the seeding test still sees what the first seeding did.
 */
final class DemoShopFixture {

	private static DemoSeeder.@Nullable Seeded first;

	private static @Nullable Instant seededAt;

	private DemoShopFixture() {
	}

	static synchronized DemoSeeder.Seeded seed(DemoSeeder seeder, Instant now) {
		if (first == null) {
			first = seeder.seed(now);
			seededAt = now;
		}
		return first;
	}

	/**
	 * When the demo shop was seeded: other classes advance its parcels afterwards (the
	 * simulator moves every shop's due parcels), so what the seeding made is what its
	 * timelines show up to this instant.
	 */
	static synchronized Instant seededAt() {
		if (seededAt == null) {
			throw new IllegalStateException("the demo shop is not seeded yet");
		}
		return seededAt;
	}

}
