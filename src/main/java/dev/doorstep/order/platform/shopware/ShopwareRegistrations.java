package dev.doorstep.order.platform.shopware;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.WebhookSignatures;
import dev.doorstep.order.platform.internal.PlatformRepository;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Shopware app registration handshake, as Shopware's app system documents it:
 * <ol>
 * <li>The shop calls the registration URL with {@code shop-id}, {@code shop-url} and
 * {@code timestamp}, signed in {@code shopware-app-signature} = hex HMAC-SHA256(query
 * string, app secret). Doorstep answers the proof hex HMAC-SHA256(shop-id + shop-url +
 * app name, app secret), a new random shop secret and the confirmation URL.</li>
 * <li>The shop posts {@code apiKey}, {@code secretKey}, {@code timestamp},
 * {@code shopUrl} and {@code shopId} to the confirmation URL, signed in
 * {@code shopware-shop-signature} with that new shop secret. From then on the shop signs
 * every webhook with it.</li>
 * </ol>
 * A registration of a shop that is already registered (secret rotation, a new shop URL)
 * must also be signed with the current shop secret, and its new secret takes effect only
 * once confirmed.
 */
@Service
public class ShopwareRegistrations {

	private static final Logger log = LoggerFactory.getLogger(ShopwareRegistrations.class);

	static final String PLATFORM = "shopware";

	/**
	 * Requests older (or further ahead) than this are replays, not a shop installing the
	 * app: Shopware times out its own requests after 5 seconds.
	 */
	private static final Duration MAX_AGE = Duration.ofMinutes(10);

	/**
	 * How long the replaced shop secret is still accepted after a rotation, for webhooks
	 * already signed and on their way (Shopware suggests about a minute).
	 */
	static final Duration ROTATION_GRACE = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What the registration request gets. */
	public sealed interface Registration {

		/**
		 * @param proof hex HMAC-SHA256(shop-id + shop-url + app name, app secret)
		 * @param secret the new shop secret (64 characters)
		 */
		record Proof(String proof, String secret) implements Registration {
		}

		/** Bad signature, unknown shop, no connection or a stale request: all alike. */
		record Rejected() implements Registration {
		}

		record Invalid(String reason) implements Registration {
		}

	}

	/** What the confirmation request gets. */
	public sealed interface Confirmation {

		record Confirmed() implements Confirmation {
		}

		record Rejected() implements Confirmation {
		}

		record Invalid(String reason) implements Confirmation {
		}

	}

	private final Shops shops;

	private final PlatformRepository connections;

	private final ShopwareRepository registrations;

	private final Clock clock;

	ShopwareRegistrations(Shops shops, PlatformRepository connections, ShopwareRepository registrations, Clock clock) {
		this.shops = shops;
		this.connections = connections;
		this.registrations = registrations;
		this.clock = clock;
	}

	/**
	 * Step 1.
	 * @param rawQuery the query string exactly as received (the signature is over it)
	 * @param appSignature {@code shopware-app-signature}
	 * @param shopSignature {@code shopware-shop-signature}, sent only when a registered
	 * shop registers again
	 */
	@Transactional
	public Registration register(String shopSlug, @Nullable String rawQuery, @Nullable String appSignature,
			@Nullable String shopSignature) {
		Optional<Shop> shop = this.shops.findBySlug(shopSlug);
		Optional<PlatformConnection> connection = shop.flatMap(found -> this.connections.find(found.id(), PLATFORM));
		byte[] query = (rawQuery == null ? "" : rawQuery).getBytes(StandardCharsets.UTF_8);
		if (connection.isEmpty()
				|| !WebhookSignatures.hexHmacSha256Matches(appSignature, query, connection.get().secret())) {
			return new Registration.Rejected();
		}
		ShopId shopId = shop.get().id();
		Map<String, String> parameters = parameters(rawQuery == null ? "" : rawQuery);
		String shopwareShopId = parameters.get("shop-id");
		String shopUrl = parameters.get("shop-url");
		String timestamp = parameters.get("timestamp");
		if (shopwareShopId == null || shopUrl == null || timestamp == null) {
			return new Registration.Invalid("shop-id, shop-url and timestamp are required");
		}
		if (shopwareShopId.length() > 200 || shopUrl.length() > 2000) {
			return new Registration.Invalid("shop-id or shop-url is too long");
		}
		if (!fresh(timestamp)) {
			return new Registration.Rejected();
		}
		// A shop already registered proves it is the same installation with its current
		// secret too; otherwise anyone holding the app secret could take its webhooks
		// over.
		Optional<ShopwareRepository.Registration> current = this.registrations.find(shopId);
		if (current.isPresent() && current.get().shopSecret() != null
				&& shopwareShopId.equals(current.get().shopwareShopId())
				&& !WebhookSignatures.hexHmacSha256Matches(shopSignature, query, current.get().shopSecret())) {
			log.info("Rejected a Shopware re-registration for shop {}: shop signature does not verify", shopId.value());
			return new Registration.Rejected();
		}
		String appName = connection.get().appName();
		String proof = WebhookSignatures.hexHmacSha256(
				(shopwareShopId + shopUrl + appName).getBytes(StandardCharsets.UTF_8), connection.get().secret());
		String secret = newSecret();
		this.registrations.savePending(shopId, shopwareShopId, shopUrl, secret, this.clock.instant());
		return new Registration.Proof(proof, secret);
	}

	/**
	 * Step 2.
	 * @param body the raw JSON body (the signature is over it)
	 * @param shopSignature {@code shopware-shop-signature}, with the new shop secret
	 * @param previousSignature {@code shopware-shop-signature-previous}, with the shop
	 * secret it replaces (re-registrations)
	 */
	@Transactional
	public Confirmation confirm(String shopSlug, byte[] body, @Nullable String shopSignature,
			@Nullable String previousSignature) {
		Optional<ShopId> shopId = this.shops.findBySlug(shopSlug).map(Shop::id);
		Optional<ShopwareRepository.Registration> registration = shopId.flatMap(this.registrations::find);
		if (registration.isEmpty() || registration.get().pendingShopSecret() == null || !WebhookSignatures
			.hexHmacSha256Matches(shopSignature, body, registration.get().pendingShopSecret())) {
			return new Confirmation.Rejected();
		}
		ShopwareRepository.Registration pending = registration.get();
		if (pending.shopSecret() != null && previousSignature != null
				&& !WebhookSignatures.hexHmacSha256Matches(previousSignature, body, pending.shopSecret())) {
			return new Confirmation.Rejected();
		}
		JsonNode confirmation;
		try {
			confirmation = PlatformJson.parse(body);
		}
		catch (MalformedPayloadException ex) {
			return new Confirmation.Invalid(ex.getMessage());
		}
		String timestamp = PlatformJson.text(confirmation, "timestamp");
		if (!pendingIs(pending, PlatformJson.text(confirmation, "shopId")) || timestamp == null || !fresh(timestamp)) {
			return new Confirmation.Rejected();
		}
		// The Admin API credentials (apiKey, secretKey) are not kept: Doorstep only
		// receives webhooks and has no use for write access to the shop.
		if (!this.registrations.confirm(shopId.get(), pending.pendingShopSecret(), this.clock.instant())) {
			return new Confirmation.Rejected();
		}
		log.info("Shopware shop registered for shop {}", shopId.get().value());
		return new Confirmation.Confirmed();
	}

	/**
	 * The shop secrets webhooks of this shop may be signed with: the confirmed one, and
	 * the one it replaced for a minute after a rotation.
	 */
	List<String> webhookSecrets(ShopId shop) {
		Optional<ShopwareRepository.Registration> registration = this.registrations.find(shop);
		List<String> secrets = new ArrayList<>();
		registration.map(ShopwareRepository.Registration::shopSecret).ifPresent(secrets::add);
		registration
			.filter(found -> found.previousShopSecret() != null && found.rotatedAt() != null
					&& found.rotatedAt().plus(ROTATION_GRACE).isAfter(this.clock.instant()))
			.map(ShopwareRepository.Registration::previousShopSecret)
			.ifPresent(secrets::add);
		return secrets;
	}

	/** What the connection API shows: whether and which shop is registered. */
	Map<String, Object> details(ShopId shop) {
		Map<String, Object> details = new java.util.LinkedHashMap<>();
		Optional<ShopwareRepository.Registration> registration = this.registrations.find(shop);
		details.put("registered", registration.map(found -> found.shopSecret() != null).orElse(false));
		registration.map(ShopwareRepository.Registration::shopUrl).ifPresent(url -> details.put("shopUrl", url));
		registration.map(ShopwareRepository.Registration::confirmedAt)
			.ifPresent(at -> details.put("registeredAt", at.toString()));
		details.put("registrationPath", "/hooks/platforms/shopware/" + this.shops.get(shop).slug() + "/register");
		return details;
	}

	private static boolean pendingIs(ShopwareRepository.Registration registration, @Nullable String shopwareShopId) {
		return shopwareShopId != null && shopwareShopId.equals(registration.pendingShopwareShopId());
	}

	private boolean fresh(String timestamp) {
		if (!timestamp.matches("\\d{1,12}")) {
			return false;
		}
		Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
		return Duration.between(at, this.clock.instant()).abs().compareTo(MAX_AGE) <= 0;
	}

	/**
	 * 48 random bytes, base64url: 64 characters, the minimum Shopware asks of a shop
	 * secret.
	 */
	private static String newSecret() {
		byte[] bytes = new byte[48];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Map<String, String> parameters(String rawQuery) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				continue;
			}
			try {
				String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				if (!value.isBlank()) {
					parameters.putIfAbsent(name, value);
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed escape: the parameter is treated as absent.
			}
		}
		return parameters;
	}

}
