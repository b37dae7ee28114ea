package dev.doorstep.notification.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta's documented webhook and Send API shapes, and the signed order reference.
 */
class MessengerMapperTests {

	@Test
	void theOrderReferenceRoundTripsAndRefusesTampering() {
		MessengerMapper.OrderRef ref = new MessengerMapper.OrderRef(new ShopId(UUID.randomUUID()),
				new OrderId(UUID.randomUUID()));

		String signed = MessengerMapper.ref(ref, "secret");

		assertThat(signed).matches("[A-Za-z0-9._-]+").hasSizeLessThanOrEqualTo(250);
		assertThat(MessengerMapper.verifyRef(signed, "secret")).contains(ref);
		assertThat(MessengerMapper.verifyRef(signed, "other-secret")).isEmpty();
		assertThat(MessengerMapper.verifyRef(signed.replace("d1.", "d1.A"), "secret")).isEmpty();
		assertThat(MessengerMapper.verifyRef("garbage", "secret")).isEmpty();
	}

	@Test
	void readsReferralsPostbacksMessagesDeliveriesAndReads() {
		String body = """
				{"object":"page","entry":[{"id":"PAGE","time":1458692752478,"messaging":[
				 {"sender":{"id":"U1"},"recipient":{"id":"PAGE"},"timestamp":1458692752478,
				  "referral":{"ref":"R1","source":"SHORTLINK","type":"OPEN_THREAD"}},
				 {"sender":{"id":"U2"},"recipient":{"id":"PAGE"},"timestamp":1458692752478,
				  "postback":{"title":"Get Started","payload":"GET_STARTED",
				   "referral":{"ref":"R2","source":"SHORTLINK","type":"OPEN_THREAD"}}},
				 {"sender":{"id":"U3"},"recipient":{"id":"PAGE"},"timestamp":1458692752478,
				  "message":{"mid":"m_1","text":"stop"}},
				 {"sender":{"id":"PAGE"},"recipient":{"id":"U3"},"timestamp":1458692752478,
				  "message":{"mid":"m_2","text":"echo","is_echo":true}},
				 {"sender":{"id":"U4"},"recipient":{"id":"PAGE"},
				  "delivery":{"mids":["mid.1458668856218:ed81099e15d3f4f233"],"watermark":1458668856253}},
				 {"sender":{"id":"U5"},"recipient":{"id":"PAGE"},"timestamp":1458668856463,
				  "read":{"watermark":1458668856253}}
				]}]}""";

		List<MessengerMapper.Event> events = MessengerMapper.events(body.getBytes(StandardCharsets.UTF_8));

		assertThat(events).hasSize(5);
		assertThat(events.get(0)).isInstanceOfSatisfying(MessengerMapper.Event.Linked.class,
				linked -> assertThat(linked.ref()).isEqualTo("R1"));
		assertThat(events.get(1)).isInstanceOfSatisfying(MessengerMapper.Event.Linked.class,
				linked -> assertThat(linked.ref()).isEqualTo("R2"));
		assertThat(events.get(2)).isInstanceOfSatisfying(MessengerMapper.Event.Inbound.class,
				inbound -> assertThat(inbound.text()).isEqualTo("stop"));
		assertThat(events.get(3)).isInstanceOfSatisfying(MessengerMapper.Event.Delivered.class,
				delivered -> assertThat(delivered.mids()).containsExactly("mid.1458668856218:ed81099e15d3f4f233"));
		assertThat(events.get(4)).isInstanceOfSatisfying(MessengerMapper.Event.Read.class,
				read -> assertThat(read.watermark().toEpochMilli()).isEqualTo(1458668856253L));
	}

	@Test
	void sendApiAnswersAndBodies() {
		assertThat(MessengerMapper.answer("{\"recipient_id\":\"1254477777772919\",\"message_id\":\"AG5Hz2U\"}"))
			.isEqualTo(new MessengerMapper.Answer.Accepted("AG5Hz2U"));
		assertThat(MessengerMapper.answer("""
				{"error":{"message":"(#10) This message is sent outside of allowed window.",
				"type":"OAuthException","code":10,"error_subcode":2018278,"fbtrace_id":"x"}}""")).isEqualTo(
				new MessengerMapper.Answer.Error(10, 2018278, "(#10) This message is sent outside of allowed window."));
		assertThat(MessengerMapper.transientError(613)).isTrue();
		assertThat(MessengerMapper.transientError(10)).isFalse();

		String tagged = new String(
				MessengerMapper.sendBody("PSID", "x".repeat(3000), MessengerMapper.Delivery.POST_PURCHASE_UPDATE),
				StandardCharsets.UTF_8);
		assertThat(tagged).startsWith("{\"recipient\":{\"id\":\"PSID\"},\"messaging_type\":\"MESSAGE_TAG\","
				+ "\"tag\":\"POST_PURCHASE_UPDATE\",\"message\":{\"text\":\"xxx");
		assertThat(tagged).endsWith("x…\"}}");
		assertThat(tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(tagged)
			.at("/message/text")
			.asString()).hasSize(MessengerMapper.MAX_TEXT);
	}

}
