package dev.doorstep.order.platform.magento;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.order.internal.OrderProperties;
import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformAdapter;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformRequest;
import dev.doorstep.order.platform.WebhookSignatures;
import dev.doorstep.order.platform.internal.PlatformRepository;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Adobe Commerce webhooks for Magento orders and shipments. Adobe Commerce signs with a
 * key pair it generates (Stores → Configuration → Adobe Services → Webhooks): the header
 * {@code x-adobe-commerce-webhook-signature} is base64 of an RSA-SHA256 signature, and
 * the connection's secret is the public key shown there (PEM). Its webhooks carry no
 * delivery id, so a hash of the body names a delivery: a resent body is a redelivery.
 */
@Component
class MagentoAdapter implements PlatformAdapter {

	static final String PLATFORM = "magento";

	static final String SIGNATURE = "x-adobe-commerce-webhook-signature";

	private final OrderProperties properties;

	private final PlatformRepository repository;

	MagentoAdapter(OrderProperties properties, PlatformRepository repository) {
		this.properties = properties;
		this.repository = repository;
	}

	@Override
	public String name() {
		return PLATFORM;
	}

	/**
	 * Adobe's documentation and examples verify the signature over the base64 encoding of
	 * the body (what App Builder actions receive); the raw body is accepted too. Both
	 * need Adobe Commerce's private key, so accepting either weakens nothing.
	 */
	@Override
	public boolean verify(PlatformRequest request, String secret) {
		String header = request.header(SIGNATURE);
		PublicKey key = publicKey(secret);
		if (header == null || key == null) {
			return false;
		}
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(header);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		byte[] encoded = Base64.getEncoder().encode(request.body());
		return verifies(key, encoded, signature) || verifies(key, request.body(), signature);
	}

	@Override
	public @Nullable String deliveryId(PlatformRequest request) {
		return "sha256:" + WebhookSignatures.sha256(request.body());
	}

	/** The hook's {@code eventName} ({@code observer.sales_order_save_after}). */
	@Override
	public String topic(PlatformRequest request) {
		try {
			String event = PlatformJson.text(PlatformJson.parse(request.body()), "eventName");
			return event == null ? "unknown" : event;
		}
		catch (MalformedPayloadException ex) {
			return "unknown";
		}
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		JsonNode data = PlatformJson.object(PlatformJson.parse(request.body()), "data");
		String event = topic.startsWith("observer.") ? topic.substring("observer.".length()) : topic;
		return switch (event) {
			case "sales_order_save_after", "sales_order_place_after", "checkout_submit_all_after" ->
				List.of(MagentoMapper.order(required(data, "order")));
			case "sales_order_shipment_save_after", "sales_order_shipment_track_save_after" ->
				MagentoMapper.shipment(required(data, "shipment"));
			default -> List.of(new PlatformCommand.Acknowledge("event " + topic + " is not used"));
		};
	}

	/** Adobe Commerce reads the answer of a webhook as operations. */
	@Override
	public Map<String, Object> answerFields() {
		return Map.of("op", "success");
	}

	/**
	 * Webhooks (the public key), the pull (base URL and access token), or both. The base
	 * URL must be a public https URL: Doorstep calls it on the merchant's say-so.
	 */
	@Override
	public PlatformConnection.Settings check(PlatformConnection.Settings settings) {
		boolean webhooks = !settings.secret().isEmpty();
		boolean pull = settings.baseUrl() != null || settings.accessToken() != null;
		if (!webhooks && !pull) {
			throw new InvalidRequestException("secret",
					"give the webhooks' public key, or baseUrl and accessToken for the pull, or both");
		}
		if (webhooks && publicKey(settings.secret()) == null) {
			throw new InvalidRequestException("secret",
					"must be the Adobe Commerce webhooks' public key (-----BEGIN PUBLIC KEY-----, RSA)");
		}
		String baseUrl = null;
		if (pull) {
			if (settings.baseUrl() == null || settings.accessToken() == null) {
				throw new InvalidRequestException(settings.baseUrl() == null ? "baseUrl" : "accessToken",
						"the pull needs both baseUrl and accessToken");
			}
			baseUrl = OutboundUrls.web(settings.baseUrl(), this.properties.platformAllowLocalUrls())
				.filter(uri -> uri.getRawQuery() == null && uri.getRawFragment() == null)
				.map(uri -> uri.toString().replaceAll("/+$", ""))
				.orElseThrow(() -> new InvalidRequestException("baseUrl",
						"must be the shop's absolute https URL, without credentials, query or fragment, "
								+ "outside this installation's network"));
		}
		return new PlatformConnection.Settings(settings.secret(), baseUrl, settings.accessToken(), null);
	}

	/** How far the pull has come, per resource. */
	@Override
	public Map<String, Object> details(ShopId shop) {
		List<Map<String, Object>> pulls = new ArrayList<>();
		for (PlatformRepository.PullState state : this.repository.pulls(shop, PLATFORM)) {
			Map<String, Object> pull = new LinkedHashMap<>();
			pull.put("resource", state.resource());
			pull.put("updatedUpTo", state.highWaterMark() == null ? null : state.highWaterMark().toString());
			pull.put("lastRunAt", state.lastRunAt() == null ? null : state.lastRunAt().toString());
			pull.put("lastError", state.lastError());
			pulls.add(pull);
		}
		return Map.of("pulls", pulls);
	}

	private static JsonNode required(JsonNode data, String field) {
		JsonNode value = PlatformJson.object(data, field);
		if (value.isEmpty()) {
			throw new MalformedPayloadException("'data." + field + "' is missing");
		}
		return value;
	}

	/** An RSA public key in PEM (or bare base64 DER); {@code null} when it is none. */
	static @Nullable PublicKey publicKey(String pem) {
		if (pem.isBlank()) {
			return null;
		}
		String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(key);
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

}
