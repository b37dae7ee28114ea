package dev.doorstep.notification.channel.twilio;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.internal.Keywords;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.notification.internal.ProviderHttp;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Twilio's webhooks: status callbacks become receipts; inbound STOP / START / HELP change
 * the consent ledger or answer with the shop's support contact. Both are verified by
 * {@code X-Twilio-Signature} against the public URL (Twilio signs the URL it called,
 * which behind a proxy is not the one this server sees), and answer 401 when it does not
 * match. Repeats are harmless: a receipt never moves a message back, and a repeated STOP
 * adds nothing to the ledger.
 */
@RestController
class TwilioHooks {

	static final String INBOUND_PATH = "/hooks/notify/twilio/inbound";

	private final TwilioProperties properties;

	private final Links links;

	private final Receipts receipts;

	private final Keywords keywords;

	private final Shops shops;

	private final MessageSource texts;

	TwilioHooks(TwilioProperties properties, Links links, Receipts receipts, Keywords keywords, Shops shops,
			MessageSource texts) {
		this.properties = properties;
		this.links = links;
		this.receipts = receipts;
		this.keywords = keywords;
		this.shops = shops;
		this.texts = texts;
	}

	@PostMapping(TwilioSender.STATUS_PATH)
	ResponseEntity<?> status(HttpServletRequest request) {
		Optional<Map<String, String>> form = verified(request);
		if (form.isEmpty()) {
			return rejected();
		}
		String sid = form.get().get("MessageSid");
		MessageStatus status = TwilioMapper.receipt(form.get().get("MessageStatus"));
		if (sid != null && status != null) {
			String error = form.get().get("ErrorCode");
			this.receipts.record(TwilioMapper.PROVIDER, sid, status,
					"Twilio " + form.get().get("MessageStatus") + (error == null ? "" : " (error " + error + ")"));
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping(INBOUND_PATH)
	ResponseEntity<?> inbound(HttpServletRequest request) {
		Optional<Map<String, String>> form = verified(request);
		if (form.isEmpty()) {
			return rejected();
		}
		Keywords.Inbound inbound = this.keywords.receive(Channel.SMS, form.get().getOrDefault("From", ""),
				form.get().get("Body"), "inbound SMS " + form.get().getOrDefault("MessageSid", "?"));
		// STOP and START need no answer: Twilio's own opt-out handling confirms them.
		String reply = inbound.keyword() == Keywords.Keyword.HELP && !inbound.shops().isEmpty()
				? help(inbound.shops().getFirst()) : null;
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(TwilioMapper.twiml(reply));
	}

	/** The latest shop's support contact, in the language of its latest message. */
	private String help(MessageRepository.SenderShop sender) {
		Shop shop = this.shops.get(sender.shop());
		String contact = Stream.of(shop.support().phone(), shop.support().email(), shop.websiteUrl())
			.filter(value -> value != null && !value.isBlank())
			.collect(Collectors.joining(" / "));
		return this.texts.getMessage("notification.sms.help", new Object[] { shop.name(), contact },
				Locale.forLanguageTag(sender.locale()));
	}

	/** The POST parameters when the signature over them and the public URL matches. */
	private Optional<Map<String, String>> verified(HttpServletRequest request) {
		if (this.properties.authToken().isBlank()) {
			return Optional.empty();
		}
		String query = request.getQueryString();
		Set<String> queryNames = query == null ? Set.of()
				: UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet();
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!queryNames.contains(name) && values.length > 0) {
				form.put(name, values[0]);
			}
		});
		String url = this.links.absolute(request.getRequestURI() + (query == null ? "" : "?" + query));
		String expected = TwilioMapper.signature(this.properties.authToken(), url, form);
		return ProviderHttp.sameSignature(request.getHeader("X-Twilio-Signature"), expected) ? Optional.of(form)
				: Optional.empty();
	}

	private static ResponseEntity<?> rejected() {
		return Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED, "bad-signature", "Signature rejected",
				"X-Twilio-Signature does not match the request"));
	}

}
