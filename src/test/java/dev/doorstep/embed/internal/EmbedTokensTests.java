package dev.doorstep.embed.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Widget tokens: signed, bound to shop and customer, short-lived. */
class EmbedTokensTests {

	private static final String KEY = "a-test-signing-key-of-at-least-32-chars";

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final ShopId SHOP = new ShopId(UUID.fromString("7d4b1c2e-0000-4000-8000-000000000001"));

	private static EmbedTokens tokens(String key, Instant now) {
		return new EmbedTokens(
				new EmbedProperties(key, Duration.ofMinutes(10), Duration.ofHours(1), 20, 30, 120, 1000, false),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void aTokenNamesItsShopAndCustomerUntilItExpires() {
		EmbedTokens.Issued issued = tokens(KEY, NOW).issue(SHOP, null, "ab12", Duration.ofMinutes(10));

		assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(tokens(KEY, NOW.plusSeconds(599)).verify(issued.token())).isEqualTo(
				new EmbedTokens.Verdict.Valid(new EmbedTokens.Customer(SHOP, null, "ab12", NOW.plusSeconds(600))));
		assertThat(tokens(KEY, NOW.plusSeconds(600)).verify(issued.token()))
			.isEqualTo(new EmbedTokens.Verdict.Rejected("expired"));
	}

	@Test
	void aCustomerIdMayHoldAnyCharacter() {
		EmbedTokens.Issued issued = tokens(KEY, NOW).issue(SHOP, "cust|42 ü", null, Duration.ofMinutes(1));

		assertThat(tokens(KEY, NOW).verify(issued.token())).isInstanceOfSatisfying(EmbedTokens.Verdict.Valid.class,
				valid -> assertThat(valid.customer().customerId()).isEqualTo("cust|42 ü"));
	}

	@Test
	void aChangedPayloadOrAnotherKeyIsRejected() {
		String token = tokens(KEY, NOW).issue(SHOP, "c-1", null, Duration.ofMinutes(10)).token();
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
				StandardCharsets.UTF_8);
		// Another shop, or a later expiry, with the original signature.
		String otherShop = payload.replace(SHOP.value().toString(), UUID.randomUUID().toString());
		String later = payload.replace(Long.toString(NOW.plusSeconds(600).getEpochSecond()),
				Long.toString(NOW.plusSeconds(60_000).getEpochSecond()));

		for (String forged : new String[] { otherShop, later }) {
			String tampered = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
			assertThat(tokens(KEY, NOW).verify(tampered)).isEqualTo(new EmbedTokens.Verdict.Rejected("invalid"));
		}
		assertThat(tokens(KEY.replace('a', 'b'), NOW).verify(token))
			.isEqualTo(new EmbedTokens.Verdict.Rejected("invalid"));
		assertThat(tokens(KEY, NOW).verify("not-a-token")).isEqualTo(new EmbedTokens.Verdict.Rejected("invalid"));
		assertThat(tokens(KEY, NOW).verify("%%%.###")).isEqualTo(new EmbedTokens.Verdict.Rejected("invalid"));
	}

	@Test
	void aShortConfiguredKeyStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> tokens("short", NOW));
	}

}
