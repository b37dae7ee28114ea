package dev.doorstep.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionTests {

	@Test
	void matchesExactTypesPrefixesAndEverything() {
		assertThat(with().wants("claim.opened")).isTrue();
		assertThat(with("*").wants("claim.opened")).isTrue();
		assertThat(with("return.*").wants("return.approved")).isTrue();
		assertThat(with("return.*").wants("return.label.created")).isTrue();
		assertThat(with("return.*").wants("returnish.thing")).isFalse();
		assertThat(with("return.*").wants("return")).isFalse();
		assertThat(with("return.approved").wants("return.approved")).isTrue();
		assertThat(with("return.approved").wants("return.approved.late")).isFalse();
		assertThat(with("claim.opened", "return.*").wants("return.received")).isTrue();
		assertThat(with("claim.opened", "return.*").wants("claim.closed")).isFalse();
	}

	@Test
	void acceptsOnlyWellFormedFilters() {
		assertThat(List.of("*", "return.*", "return.approved", "shipment.out_for_delivery", "order"))
			.allMatch(Subscription::validFilter);
		assertThat(List.of("", "Return.approved", "return.*.x", "return*", ".return", "return.", "re turn", "**"))
			.noneMatch(Subscription::validFilter);
	}

	@Test
	void keepsTheSecretOutOfItsText() {
		assertThat(with("return.*").toString()).doesNotContain("whsec_x").contains("return.*");
	}

	private static Subscription with(String... types) {
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		return new Subscription(new ShopId(UUID.randomUUID()), UUID.randomUUID(), "https://hooks.example.com",
				"whsec_x", List.of(types), true, "", null, now, now);
	}

}
