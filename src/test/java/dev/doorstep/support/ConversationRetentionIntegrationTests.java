package dev.doorstep.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.support.internal.ConversationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conversations are kept for the shop's retention days and no longer. */
@DoorstepIntegrationTest
class ConversationRetentionIntegrationTests {

	@Autowired
	TestShops shops;

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationRepository repository;

	private Conversation conversation(Instant at) {
		return new Conversation(UUID.randomUUID(), null, Channel.WEB, "en", "where is it", Intent.WHERE_IS_IT, 0.9,
				"On its way.", false, at);
	}

	@Test
	void deletesConversationsOlderThanEachShopsRetention() {
		TestShops.TestShop shortShop = this.shops.create("Retention short");
		TestShops.TestShop defaultShop = this.shops.create("Retention default");
		this.conversations.saveSettings(shortShop.shop().id(), new SupportSettings(2));
		Instant now = Instant.now();
		this.repository.insert(shortShop.shop().id(), conversation(now.minus(Duration.ofDays(3))));
		this.repository.insert(shortShop.shop().id(), conversation(now.minus(Duration.ofDays(1))));
		this.repository.insert(defaultShop.shop().id(), conversation(now.minus(Duration.ofDays(3))));
		this.repository.insert(defaultShop.shop().id(), conversation(now.minus(Duration.ofDays(91))));

		this.conversations.deleteExpired();

		assertThat(this.conversations.recent(shortShop.shop().id(), 10)).hasSize(1)
			.allSatisfy(kept -> assertThat(kept.createdAt()).isAfter(now.minus(Duration.ofDays(2))));
		// The default shop keeps 90 days, whether or not it ever saved settings.
		assertThat(this.conversations.recent(defaultShop.shop().id(), 10)).hasSize(1);
		assertThat(this.conversations.settings(defaultShop.shop().id()).retentionDays()).isEqualTo(90);
	}

	@Test
	void refusesARetentionOutsideOneDayToTenYears() {
		TestShops.TestShop shop = this.shops.create("Retention invalid");
		assertThatThrownBy(() -> this.conversations.saveSettings(shop.shop().id(), new SupportSettings(0)))
			.isInstanceOf(InvalidRequestException.class);
		assertThat(this.conversations.settings(shop.shop().id()).retentionDays()).isEqualTo(90);
	}

}
