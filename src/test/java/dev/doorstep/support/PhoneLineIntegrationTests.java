package dev.doorstep.support;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support phone line as Twilio calls it: form posts with Twilio's documented
 * parameters (CallSid, From, To, Digits, SpeechResult, Confidence) and a valid
 * {@code X-Twilio-Signature}, answered with TwiML that is parsed as XML: language menu,
 * order number and postcode by keypad or speech, the assistant's answer read aloud, and
 * "press 0" connecting within opening hours only.
 */
@DoorstepIntegrationTest
class PhoneLineIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shops shopService;

	@Autowired
	Shipments shipments;

	@Autowired
	TrackingLinks links;

	@Autowired
	Assistant assistant;

	@Autowired
	Handovers handovers;

	@Autowired
	JdbcClient jdbc;

	private record Call(Shop shop, String orderNumber, OrderId orderId, String callSid) {
	}

	private Call call(String name) {
		TestShops.TestShop shop = this.shops.create(name);
		ApiClient api = new ApiClient(this.port, shop.apiKey());
		String number = "4711" + (100000 + (int) (Math.random() * 899999));
		Map<String, Object> order = Fixtures.order("ext-" + UUID.randomUUID(), number);
		OrderId orderId = new OrderId(UUID.fromString(api.post("/api/v1/orders", order).text("/id")));
		api.post("/api/v1/orders/" + orderId + "/shipments",
				Fixtures.shipment("dhl", "00340434" + (100000 + (int) (Math.random() * 899999))));
		Shop current = this.shopService.get(shop.shop().id());
		Shop updated = this.shopService.update(current.id(),
				new ShopSettings(current.name(), current.brand(), current.defaultLocale(), List.of("en", "de"),
						current.timeZone(), new Shop.SupportContacts("help@shop.test", "+49 30 555 0199", null),
						current.websiteUrl()));
		return new Call(updated, number, orderId, "CA" + UUID.randomUUID().toString().replace("-", ""));
	}

	/** The orders of the shop's phone hand-overs, one entry per hand-over. */
	private List<UUID> phoneHandovers(Call call) {
		return this.jdbc
			.sql("SELECT order_id FROM support_handover WHERE shop_id = :shop AND channel = 'PHONE' AND NOT email_sent")
			.param("shop", call.shop().id().value())
			.query(UUID.class)
			.list();
	}

	/** Posts as Twilio does: the public URL and the sorted parameters signed. */
	private HttpResponse<String> twilio(String pathAndQuery, Map<String, String> params, boolean sign)
			throws Exception {
		String url = pathAndQuery.startsWith("http") ? pathAndQuery : this.links.absolute(pathAndQuery);
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(CarrierApiStub.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		String signature = Base64.getEncoder()
			.encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		StringBuilder body = new StringBuilder();
		params.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(k)
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		URI local = URI.create(url);
		URI target = URI.create("http://localhost:" + this.port + local.getRawPath()
				+ (local.getRawQuery() != null ? "?" + local.getRawQuery() : ""));
		return HTTP.send(HttpRequest.newBuilder(target)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", sign ? signature : "bm90IHRoZSBzaWduYXR1cmU=")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> params(Call call, String... extra) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("CallSid", call.callSid());
		params.put("AccountSid", CarrierApiStub.TWILIO_ACCOUNT);
		params.put("From", "+4915112345678");
		params.put("To", "+4930555000");
		params.put("CallStatus", "in-progress");
		for (int i = 0; i < extra.length; i += 2) {
			params.put(extra[i], extra[i + 1]);
		}
		return params;
	}

	private static Element twiml(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		Document doc = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element root = doc.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("Response");
		return root;
	}

	private static List<Element> children(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

	private static List<String> says(Element root) {
		List<String> texts = new ArrayList<>();
		var nodes = root.getElementsByTagName("Say");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Element first(Element root, String tag) {
		return children(root).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElseThrow();
	}

	@Test
	void aCallerChoosesGermanGivesOrderAndPostcodeAndHearsTheAssistantsAnswer() throws Exception {
		Call call = call("Phone line");
		String path = "/hooks/support/voice/" + call.shop().slug();

		Element menu = twiml(twilio(path, params(call), true));
		Element gather = first(menu, "Gather");
		assertThat(gather.getAttribute("input")).isEqualTo("dtmf");
		assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
		assertThat(says(menu).getFirst()).contains("press 1", "drücken Sie die 2");

		Element askOrder = twiml(twilio(gather.getAttribute("action"), params(call, "Digits", "2"), true));
		Element orderGather = first(askOrder, "Gather");
		assertThat(orderGather.getAttribute("input")).isEqualTo("dtmf speech");
		assertThat(orderGather.getAttribute("language")).isEqualTo("de-DE");
		assertThat(orderGather.getAttribute("action")).contains("step=order", "lang=de");
		assertThat(says(askOrder).getFirst()).contains("Bestellnummer");

		// The number by keypad, the postcode by speech as Twilio transcribes it.
		Element askPostcode = twiml(
				twilio(orderGather.getAttribute("action"), params(call, "Digits", call.orderNumber()), true));
		Element postcodeGather = first(askPostcode, "Gather");
		assertThat(postcodeGather.getAttribute("action")).contains("step=postcode", "order=" + call.orderNumber());
		assertThat(says(askPostcode).getFirst()).contains("Postleitzahl");

		Element answered = twiml(twilio(postcodeGather.getAttribute("action"),
				params(call, "SpeechResult", "10 115.", "Confidence", "0.91"), true));
		Answer expected = this.assistant.answer(new Question(call.shop().id(), call.orderId(), null,
				"where is my order", Locale.GERMAN, Channel.PHONE, Intent.WHERE_IS_IT));
		List<String> spoken = says(answered);
		assertThat(spoken).containsAll(List.of(expected.text().split("\n")));
		assertThat(String.join(" ", spoken)).contains(call.orderNumber());
		assertThat(children(answered).stream().map(Element::getTagName)).containsSubsequence("Say", "Gather", "Hangup");
		Element offer = first(answered, "Gather");
		assertThat(offer.getAttribute("numDigits")).isEqualTo("1");
		assertThat(offer.getAttribute("action")).contains("step=agent", "lang=de");
		assertThat(offer.getTextContent()).contains("drücken Sie die 0");

		// Within opening hours, 0 connects to the shop's support number.
		Map<DayOfWeek, List<OpeningHours.Range>> always = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			always.put(day, List.of(new OpeningHours.Range(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))));
		}
		this.handovers.saveOpeningHours(call.shop().id(), new OpeningHours(always));
		Element connect = twiml(twilio(offer.getAttribute("action"), params(call, "Digits", "0"), true));
		assertThat(first(connect, "Dial").getTextContent()).isEqualTo("+49 30 555 0199");
		// A call put through is a hand-over of this order: the deflection rate counts it.
		assertThat(phoneHandovers(call)).containsExactly(call.orderId().value());

		// Outside them, the hours are read and the call ends.
		this.handovers.saveOpeningHours(call.shop().id(), OpeningHours.none());
		Element closed = twiml(twilio(offer.getAttribute("action"), params(call, "Digits", "0"), true));
		assertThat(closed.getElementsByTagName("Dial").getLength()).isZero();
		assertThat(children(closed).getLast().getTagName()).isEqualTo("Hangup");
		assertThat(String.join(" ", says(closed))).contains("nicht erreichbar");
		assertThat(phoneHandovers(call)).hasSize(1);
	}

	@Test
	void theNumbersConfiguredLanguageSkipsTheMenuAndAWrongPostcodeFindsNothing() throws Exception {
		Call call = call("Phone english");
		String path = "/hooks/support/voice/" + call.shop().slug() + "?lang=en";
		Element ask = twiml(twilio(path, params(call), true));
		Element gather = first(ask, "Gather");
		assertThat(gather.getAttribute("language")).isEqualTo("en-US");
		assertThat(gather.getAttribute("input")).isEqualTo("dtmf speech");
		Element postcode = first(twiml(twilio(gather.getAttribute("action"),
				params(call, "SpeechResult", call.orderNumber() + ".", "Confidence", "0.88"), true)), "Gather");
		Element wrong = twiml(twilio(postcode.getAttribute("action"), params(call, "Digits", "99999"), true));
		assertThat(says(wrong).getFirst()).contains("could not find");
		assertThat(first(wrong, "Gather").getAttribute("action")).contains("step=order");
		assertThat(String.join(" ", says(wrong))).doesNotContain(call.orderNumber());

		// Guessing postcodes: after five failures the order number is refused, even with
		// the right postcode.
		for (int i = 0; i < 4; i++) {
			twiml(twilio(postcode.getAttribute("action"), params(call, "Digits", "1000" + i), true));
		}
		Element limited = twiml(twilio(postcode.getAttribute("action"), params(call, "Digits", "10115"), true));
		assertThat(says(limited)).containsExactly("Too many attempts. Please try again later.");
		assertThat(children(limited).getLast().getTagName()).isEqualTo("Hangup");
	}

	@Test
	void unsignedOrWronglySignedCallsAreRefused() throws Exception {
		Call call = call("Phone signature");
		String path = "/hooks/support/voice/" + call.shop().slug();
		assertThat(twilio(path, params(call), false).statusCode()).isEqualTo(401);
		HttpResponse<String> unsigned = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1&Digits=1"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unsigned.statusCode()).isEqualTo(401);
	}

}
