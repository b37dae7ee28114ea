package dev.doorstep.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.notification.internal.OptInCodeRepository;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-query read of an order's choices answers exactly what the separate look-ups
 * answer: the tracking page relies on it on every view.
 */
@DoorstepIntegrationTest
class OrderChoicesIntegrationTests {

	private static final String EMAIL = "Anna.Schmidt@Example.com";

	private static final String ORDER_PHONE = "+49 170 1234567";

	private static final String SMS_NUMBER = "+4915112345678";

	private static final String WHATSAPP_NUMBER = "0049 160 98765432";

	@Autowired
	TestShops shops;

	@Autowired
	OrderContacts contacts;

	@Autowired
	Consents consents;

	@Autowired
	OptInCodes optInCodes;

	@Autowired
	OptInCodeRepository codes;

	@Test
	void readsWhatTheSeparateLookUpsRead() {
		ShopId shop = this.shops.create("Choices").shop().id();
		ShopId otherShop = this.shops.create("Choices other").shop().id();
		OrderId order = new OrderId(UUID.randomUUID());
		this.contacts.remember(shop, order, Channel.SMS, SMS_NUMBER);
		this.contacts.remember(shop, order, Channel.WHATSAPP, WHATSAPP_NUMBER);
		this.consents.grant(shop, EMAIL, Channel.EMAIL, Topic.MARKETING, "test", null);
		this.consents.withdraw(shop, EMAIL, Channel.EMAIL, Topic.MARKETING, "test", null);
		this.consents.withdraw(shop, EMAIL, Channel.EMAIL, Topic.TRANSACTIONAL, "test", null);
		this.consents.grant(shop, SMS_NUMBER, Channel.SMS, Topic.TRANSACTIONAL, "test", null);
		this.consents.grant(shop, ORDER_PHONE, Channel.WHATSAPP, Topic.TRANSACTIONAL, "test", null);
		this.consents.withdraw(shop, ORDER_PHONE, Channel.WHATSAPP, Topic.TRANSACTIONAL, "test", null);
		this.consents.grant(shop, WHATSAPP_NUMBER, Channel.WHATSAPP, Topic.TRANSACTIONAL, "test", null);
		// Another shop's ledger for the same people must not show.
		this.consents.grant(otherShop, EMAIL, Channel.EMAIL, Topic.TRANSACTIONAL, "test", null);
		this.consents.grant(otherShop, SMS_NUMBER, Channel.SMS, Topic.MARKETING, "test", null);
		Instant now = Instant.now();
		this.codes.insert(UUID.randomUUID(), shop, order, Channel.SMS, "+4915112345678", "hash", UUID.randomUUID(),
				now.plus(Duration.ofMinutes(10)), now);

		OrderChoices choices = this.contacts.choices(shop, order, EMAIL, ORDER_PHONE);

		for (Channel channel : List.of(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL)) {
			assertThat(choices.number(channel)).as(channel.name())
				.isEqualTo(this.contacts.number(shop, order, channel));
		}
		for (String contact : List.of(EMAIL, ORDER_PHONE, SMS_NUMBER, WHATSAPP_NUMBER)) {
			for (Channel channel : List.of(Channel.EMAIL, Channel.SMS, Channel.WHATSAPP)) {
				for (Topic topic : Topic.values()) {
					assertThat(choices.recorded(contact, channel, topic)).as(contact + " " + channel + " " + topic)
						.isEqualTo(this.consents.current(shop, contact, channel, topic).map(ConsentRecord::granted));
					assertThat(this.consents.allows(shop, choices, contact, channel, topic))
						.isEqualTo(this.consents.allows(shop, contact, channel, topic));
				}
			}
		}
		assertThat(choices.recorded(EMAIL, Channel.EMAIL, Topic.MARKETING)).hasValue(false);
		assertThat(choices.granted(WHATSAPP_NUMBER, Channel.WHATSAPP, Topic.TRANSACTIONAL)).isTrue();
		assertThat(choices.granted(ORDER_PHONE, Channel.WHATSAPP, Topic.TRANSACTIONAL)).isFalse();
		assertThat(choices.recorded(SMS_NUMBER, Channel.SMS, Topic.MARKETING)).isEmpty();
		assertThat(choices.pending()).isPresent().isEqualTo(this.optInCodes.pending(shop, order, Channel.SMS));
	}

	@Test
	void anOrderWithoutChoicesHasNoneAndAnExpiredCodeIsNotPending() {
		ShopId shop = this.shops.create("Choices none").shop().id();
		OrderId order = new OrderId(UUID.randomUUID());
		Instant now = Instant.now();
		this.codes.insert(UUID.randomUUID(), shop, order, Channel.SMS, "+4915112345678", "hash", UUID.randomUUID(),
				now.minus(Duration.ofMinutes(1)), now.minus(Duration.ofMinutes(11)));

		OrderChoices choices = this.contacts.choices(shop, order, null, null);

		assertThat(choices.numbers()).isEmpty();
		assertThat(choices.recorded()).isEmpty();
		assertThat(choices.pending()).isEmpty();
		assertThat(this.optInCodes.pending(shop, order, Channel.SMS)).isEmpty();
	}

}
