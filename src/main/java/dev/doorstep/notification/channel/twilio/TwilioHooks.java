package dev.doorstep.notification.channel.twilio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.Topic;
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
 * match. Both are idempotent: a repeated callback changes nothing a second time.
 */
@RestController
class TwilioHooks {

	static final String INBOUND_PATH = "/hooks/notify/twilio/inbound";

	private static final String SOURCE = "sms-keyword";

	private final TwilioProperties properties;

	private final Links links;

	private final Receipts receipts;

	private final Consents consents;

	private final MessageRepository messages;

	private final Shops shops;

	private final MessageSource texts;

	TwilioHooks(TwilioProperties properties, Links links, Receipts receipts, Consents consents,
			MessageRepository messages, Shops shops, MessageSource texts) {
		this.properties = properties;
		this.links = links;
		this.receipts = receipts;
		this.consents = consents;
		this.messages = messages;
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
		String from = form.get().getOrDefault("From", "");
		String proof = "inbound SMS " + form.get().getOrDefault("MessageSid", "?");
		List<MessageRepository.SenderShop> senders = from.isBlank() ? List.of()
				: this.messages.shopsThatMessaged(Channel.SMS, Consents.normalize(Channel.SMS, from));
		String reply = null;
		switch (TwilioMapper.keyword(form.get().get("Body"))) {
			case STOP -> senders.forEach(sender -> stop(sender, from, proof));
			case START -> senders.forEach(sender -> start(sender, from, proof));
			case HELP -> reply = senders.isEmpty() ? null : help(senders.getFirst());
			case NONE -> {
				// A reply to a notification: nobody reads this number.
			}
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(TwilioMapper.twiml(reply));
	}

	/**
	 * Withdraws every topic agreed to, and records the STOP for transactional messages
	 * even without an earlier agreement; a repeated STOP adds nothing.
	 */
	private void stop(MessageRepository.SenderShop sender, String from, String proof) {
		for (Topic topic : Topic.values()) {
			Optional<ConsentRecord> current = this.consents.current(sender.shop(), from, Channel.SMS, topic);
			if (current.map(ConsentRecord::granted).orElse(topic == Topic.TRANSACTIONAL)) {
				this.consents.withdraw(sender.shop(), from, Channel.SMS, topic, SOURCE, proof + ": STOP");
			}
		}
	}

	/**
	 * Texting START to the number that sends order updates asks for them again; marketing
	 * comes back only where a STOP had taken it (STOP withdraws only what was agreed),
	 * never as a new agreement.
	 */
	private void start(MessageRepository.SenderShop sender, String from, String proof) {
		for (Topic topic : Topic.values()) {
			Optional<ConsentRecord> current = this.consents.current(sender.shop(), from, Channel.SMS, topic);
			boolean granted = current.map(ConsentRecord::granted).orElse(false);
			boolean restore = topic == Topic.TRANSACTIONAL
					|| current.map(record -> !record.granted() && SOURCE.equals(record.source())).orElse(false);
			if (!granted && restore) {
				this.consents.grant(sender.shop(), from, Channel.SMS, topic, SOURCE, proof + ": START");
			}
		}
	}

	/** The latest shop's support contact, in the language of its latest message. */
	private String help(MessageRepository.SenderShop sender) {
		Shop shop = this.shops.get(sender.shop());
		String contact = java.util.stream.Stream.of(shop.support().phone(), shop.support().email(), shop.websiteUrl())
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
