package dev.doorstep.notification.channel.webpush;

import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WebPushMapperTests {

	@Test
	void aLongTextIsCutSoTheMessageFitsOnePushRecord() {
		OutgoingMessage message = new OutgoingMessage(UUID.randomUUID(), new ShopId(UUID.randomUUID()), Channel.PUSH,
				Trigger.DELIVERED, "order:x", "de", "Shop", null, "ü".repeat(5000), null, Map.of(),
				Map.of("trackingUrl", "https://shop.example/t/abc"));

		byte[] payload = WebPushMapper.payload(message);

		assertThat(payload.length).isLessThanOrEqualTo(WebPushCrypto.MAX_PLAINTEXT);
		JsonNode json = JsonMapper.builder().build().readTree(payload);
		assertThat(json.get("body").asString()).startsWith("üüü").endsWith("…");
		assertThat(json.get("url").asString()).isEqualTo("https://shop.example/t/abc");
		assertThat(WebPushMapper.urgency(Trigger.OUT_FOR_DELIVERY)).isEqualTo("high");
		assertThat(WebPushMapper.urgency(Trigger.DELIVERED)).isEqualTo("normal");
	}

}
