package dev.doorstep.claim;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.claim.internal.ClaimFacts;
import dev.doorstep.claim.internal.ClaimNotices;
import dev.doorstep.claim.internal.ClaimPack;
import dev.doorstep.claim.internal.ClaimProperties;
import dev.doorstep.claim.internal.ClaimRepository;
import dev.doorstep.claim.internal.ClaimWebhooks;
import dev.doorstep.claim.internal.EligibilityRule;
import dev.doorstep.claim.internal.PhotoCheck;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims about parcels: the shop's rules, whether a claim is open for a parcel, filing,
 * and the merchant's approve, reject and resolve. Every method takes the shop, except the
 * look-up by the shopper's token. Each step is recorded in the claim's history, published
 * as an event ({@link ClaimFiled} ...) and as a merchant webhook ({@code claim.filed}
 * ..., through the webhook module) and told to the shopper through the notification
 * module.
 */
@Service
public class Claims {

	/** Longest description, declaration or rejection reason. */
	public static final int MAX_TEXT = 2000;

	private static final String NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ClaimRepository repository;

	private final List<EligibilityRule> rules;

	private final Orders orders;

	private final Shipments shipments;

	private final Shops shops;

	private final ClaimNotices notices;

	private final ClaimPack pack;

	private final ClaimProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Claims(ClaimRepository repository, List<EligibilityRule> rules, Orders orders, Shipments shipments, Shops shops,
			ClaimNotices notices, ClaimPack pack, ClaimProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.rules = rules.stream().sorted(java.util.Comparator.comparing(EligibilityRule::type)).toList();
		this.orders = orders;
		this.shipments = shipments;
		this.shops = shops;
		this.notices = notices;
		this.pack = pack;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The shop's rules, {@link ClaimSettings#DEFAULTS} until it saves its own. */
	public ClaimSettings settings(ShopId shop) {
		return this.repository.settings(shop).orElse(ClaimSettings.DEFAULTS);
	}

	/**
	 * Saves the shop's rules; an {@link InvalidRequestException} names every field out of
	 * range.
	 */
	@Transactional
	public ClaimSettings saveSettings(ShopId shop, ClaimSettings settings) {
		List<FieldViolation> violations = new ArrayList<>();
		if (settings.lostAfterDays() < 1 || settings.lostAfterDays() > 90) {
			violations.add(new FieldViolation("lostAfterDays", "must be between 1 and 90"));
		}
		if (settings.reportWithinDays() < 1 || settings.reportWithinDays() > 365) {
			violations.add(new FieldViolation("reportWithinDays", "must be between 1 and 365"));
		}
		if (settings.autoApproveLimit().signum() < 0 || settings.autoApproveLimit().scale() > 2) {
			violations.add(new FieldViolation("autoApproveLimit", "must be 0 or more, with at most 2 decimals"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		this.repository.saveSettings(shop, settings, this.clock.instant());
		return settings(shop);
	}

	/** Whether each claim type may be filed for this parcel now, and why (or why not). */
	public List<Eligibility> eligibility(Shipment shipment, Order order) {
		return parcel(shipment, order).eligibility();
	}

	/**
	 * The parcel's claims and whether each type may be filed now, read together: the
	 * tracking page asks on every view (three queries).
	 */
	public ParcelClaims parcel(Shipment shipment, Order order) {
		ClaimFacts facts = facts(shipment, order);
		return new ParcelClaims(facts.claims(), this.rules.stream().map(rule -> rule.evaluate(facts)).toList());
	}

	/** A parcel's claims, newest first, and one answer per claim type. */
	public record ParcelClaims(List<Claim> claims, List<Eligibility> eligibility) {
	}

	private ClaimFacts facts(Shipment shipment, Order order) {
		ShopId shop = shipment.shopId();
		return new ClaimFacts(settings(shop), order, shipment, this.repository.forShipment(shop, shipment.id()),
				this.shops.get(shop).timeZone());
	}

	/**
	 * Files a claim for the parcel after checking the rules, the form and every photo;
	 * approves it at once when it is worth no more than the shop's limit.
	 */
	@Transactional
	public FileResult file(ShopId shop, ShipmentId shipmentId, NewClaim claim) {
		Shipment shipment = this.shipments.get(shop, shipmentId);
		Order order = this.orders.get(shop, shipment.orderId());
		ClaimFacts facts = facts(shipment, order);
		Eligibility eligibility = this.rules.stream()
			.filter(rule -> rule.type() == claim.type())
			.findFirst()
			.orElseThrow()
			.evaluate(facts);
		if (!eligibility.eligible()) {
			return new FileResult.NotEligible(eligibility);
		}
		List<FieldViolation> violations = new ArrayList<>();
		List<Claim.Item> items = items(claim, shipment, order, violations);
		String description = text(claim.description(), "description", violations);
		String declaration = text(claim.declaration(), "declaration", violations);
		if (claim.type().needsDeclaration() && !claim.declarationAccepted()) {
			violations.add(new FieldViolation("declaration", "claim.error.declaration.required"));
		}
		List<ClaimRepository.PhotoFile> photos = photos(claim, violations);
		Resolution preferred = switch (facts.settings().resolution()) {
			case REFUND -> Resolution.REFUND;
			case RESHIP -> Resolution.RESHIP;
			case SHOPPER_CHOICE -> claim.preferredResolution();
		};
		if (preferred == null) {
			violations.add(new FieldViolation("resolution", "claim.error.resolution.required"));
		}
		if (!violations.isEmpty()) {
			return new FileResult.Invalid(violations);
		}
		BigDecimal value = items.stream()
			.map(item -> order.item(item.sku())
				.map(line -> line.unitPrice().multiply(BigDecimal.valueOf(item.quantity())))
				.orElse(BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Instant now = this.clock.instant();
		ClaimId id = new ClaimId(UUID.randomUUID());
		boolean stored = this.repository
			.insert(new ClaimRepository.NewRow(id, shop, shipmentId, order.id(), number(), token(), claim.type(),
					shipment.carrier(), description, claim.type().needsDeclaration() ? declaration : null, items, value,
					order.currency(), preferred, photos, now));
		if (!stored) {
			return new FileResult.NotEligible(eligibility(shipment, order).stream()
				.filter(e -> e.type() == claim.type())
				.findFirst()
				.orElseThrow());
		}
		this.repository.addStep(shop, id, new Claim.Step(now, ClaimStatus.FILED, null, "shopper"));
		Claim filed = get(shop, id);
		this.events.publishEvent(new ClaimFiled(id, shop, order.id(), shipmentId, filed.number(), filed.type(),
				filed.carrier(), value, order.currency(), now));
		this.events.publishEvent(ClaimWebhooks.of(filed, now));
		this.events.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(filed.shopId(), filed.orderId()));
		this.notices.tell(filed, shipment);
		if (facts.settings().autoApproves(value)) {
			String note = "auto-approved: worth " + value.toPlainString() + " " + order.currency()
					+ ", the shop approves claims up to " + facts.settings().autoApproveLimit().toPlainString();
			return new FileResult.Filed(approve(filed, note, "doorstep", true));
		}
		return new FileResult.Filed(filed);
	}

	private static List<Claim.Item> items(NewClaim claim, Shipment shipment, Order order,
			List<FieldViolation> violations) {
		Map<String, Integer> parcel = new java.util.LinkedHashMap<>();
		if (shipment.items().isEmpty()) {
			order.items().forEach(line -> parcel.merge(line.sku(), line.quantity(), Integer::sum));
		}
		else {
			shipment.items().forEach(item -> parcel.merge(item.sku(), item.quantity(), Integer::sum));
		}
		List<Claim.Item> items = new ArrayList<>();
		if (!claim.type().needsItems()) {
			parcel.forEach((sku, quantity) -> items.add(new Claim.Item(sku, name(order, sku), quantity)));
			return items;
		}
		claim.quantities().forEach((sku, quantity) -> {
			Integer most = parcel.get(sku);
			if (quantity == null || quantity <= 0) {
				return;
			}
			if (most == null || quantity > most) {
				violations.add(new FieldViolation("items", "claim.error.items.too-many"));
				return;
			}
			items.add(new Claim.Item(sku, name(order, sku), quantity));
		});
		if (items.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("items"))) {
			violations.add(new FieldViolation("items", "claim.error.items.required"));
		}
		return items;
	}

	private static String name(Order order, String sku) {
		return order.item(sku).map(Order.LineItem::name).orElse(sku);
	}

	private static @Nullable String text(@Nullable String value, String field, List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			violations.add(new FieldViolation(field, "claim.error.text.too-long"));
		}
		return value.strip();
	}

	private List<ClaimRepository.PhotoFile> photos(NewClaim claim, List<FieldViolation> violations) {
		List<NewClaim.Upload> uploads = claim.photos().stream().filter(upload -> upload.bytes().length > 0).toList();
		if (claim.type().needsPhotos() && uploads.isEmpty()) {
			violations.add(new FieldViolation("photos", "claim.error.photos.required"));
		}
		if (uploads.size() > this.properties.maxPhotos()) {
			violations.add(new FieldViolation("photos", "claim.error.photos.too-many"));
			return List.of();
		}
		List<ClaimRepository.PhotoFile> photos = new ArrayList<>();
		for (NewClaim.Upload upload : uploads) {
			if (upload.bytes().length > this.properties.maxPhotoSize().toBytes()) {
				violations.add(new FieldViolation("photos", "claim.error.photos.too-large"));
				continue;
			}
			Optional<String> type = PhotoCheck.contentType(upload.bytes());
			if (type.isEmpty()) {
				violations.add(new FieldViolation("photos", "claim.error.photos.type"));
				continue;
			}
			photos.add(new ClaimRepository.PhotoFile(photos.size(), type.get(), upload.bytes()));
		}
		return photos;
	}

	/** Approves a filed claim. */
	@Transactional
	public Decision approve(ShopId shop, ClaimId id, String actor) {
		Claim claim = get(shop, id);
		if (claim.status() != ClaimStatus.FILED) {
			return new Decision.WrongStatus(claim, "only a FILED claim can be approved; this one is " + claim.status());
		}
		Claim approved = approve(claim, null, actor, false);
		return (approved.status() == ClaimStatus.APPROVED) ? new Decision.Done(approved)
				: new Decision.WrongStatus(approved, "the claim changed meanwhile; it is " + approved.status());
	}

	private Claim approve(Claim claim, @Nullable String note, String actor, boolean automatic) {
		Instant now = this.clock.instant();
		if (!this.repository.transition(claim.shopId(), claim.id(), ClaimStatus.FILED, ClaimStatus.APPROVED,
				new ClaimRepository.Changes(null, null, null, automatic), now)) {
			return get(claim.shopId(), claim.id());
		}
		this.repository.addStep(claim.shopId(), claim.id(), new Claim.Step(now, ClaimStatus.APPROVED, note, actor));
		Claim approved = get(claim.shopId(), claim.id());
		this.events.publishEvent(new ClaimApproved(claim.id(), claim.shopId(), claim.orderId(), claim.shipmentId(),
				claim.number(), claim.type(), claim.carrier(), claim.value(), claim.currency(), automatic, now));
		this.events.publishEvent(ClaimWebhooks.of(approved, now));
		this.events
			.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(approved.shopId(), approved.orderId()));
		this.notices.tell(approved, this.shipments.get(claim.shopId(), claim.shipmentId()));
		return approved;
	}

	/** Rejects a filed claim with a reason the shopper reads. */
	@Transactional
	public Decision reject(ShopId shop, ClaimId id, String reason, String actor) {
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_TEXT) {
			throw new InvalidRequestException("reason",
					why.isEmpty() ? "must not be blank" : "must be at most " + MAX_TEXT + " characters");
		}
		Claim claim = get(shop, id);
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, ClaimStatus.FILED, ClaimStatus.REJECTED,
				new ClaimRepository.Changes(why, null, null, false), now)) {
			return new Decision.WrongStatus(claim, "only a FILED claim can be rejected; this one is " + claim.status());
		}
		this.repository.addStep(shop, id, new Claim.Step(now, ClaimStatus.REJECTED, why, actor));
		Claim rejected = get(shop, id);
		this.events.publishEvent(new ClaimRejected(id, shop, claim.orderId(), claim.shipmentId(), claim.number(),
				claim.type(), claim.carrier(), why, claim.value(), claim.currency(), now));
		this.events.publishEvent(ClaimWebhooks.of(rejected, now));
		this.events
			.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(rejected.shopId(), rejected.orderId()));
		this.notices.tell(rejected, this.shipments.get(shop, claim.shipmentId()));
		return new Decision.Done(rejected);
	}

	/**
	 * Resolves an approved claim: a refund of {@code amount} (more than 0, at most the
	 * order's total), or a reship (no amount).
	 */
	@Transactional
	public Decision resolve(ShopId shop, ClaimId id, Resolution resolution, @Nullable BigDecimal amount, String actor) {
		Claim claim = get(shop, id);
		Order order = this.orders.get(shop, claim.orderId());
		if (resolution == Resolution.REFUND) {
			if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
				throw new InvalidRequestException("amount", "a refund needs an amount above 0 with at most 2 decimals");
			}
			if (amount.compareTo(order.total()) > 0) {
				throw new InvalidRequestException("amount",
						"must not exceed the order's total of " + order.total().toPlainString());
			}
		}
		else if (amount != null) {
			throw new InvalidRequestException("amount", "must be left out for a reship");
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, ClaimStatus.APPROVED, ClaimStatus.RESOLVED,
				new ClaimRepository.Changes(null, resolution, amount, false), now)) {
			return new Decision.WrongStatus(claim,
					"only an APPROVED claim can be resolved; this one is " + claim.status());
		}
		String note = (resolution == Resolution.REFUND) ? "refund " + amount.toPlainString() + " " + claim.currency()
				: "reship";
		this.repository.addStep(shop, id, new Claim.Step(now, ClaimStatus.RESOLVED, note, actor));
		Claim resolved = get(shop, id);
		this.events.publishEvent(new ClaimResolved(id, shop, claim.orderId(), claim.shipmentId(), claim.number(),
				claim.type(), claim.carrier(), resolution, amount, claim.value(), claim.currency(), now));
		this.events.publishEvent(ClaimWebhooks.of(resolved, now));
		this.events
			.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(resolved.shopId(), resolved.orderId()));
		this.notices.tell(resolved, this.shipments.get(shop, claim.shipmentId()));
		return new Decision.Done(resolved);
	}

	public Optional<Claim> find(ShopId shop, ClaimId id) {
		return this.repository.find(shop, id);
	}

	/**
	 * The claim, or a {@link NotFoundException} (404) when the shop has none with that
	 * id.
	 */
	public Claim get(ShopId shop, ClaimId id) {
		return find(shop, id).orElseThrow(() -> new NotFoundException("Claim", id));
	}

	/** The claim behind a shopper's status link, whichever shop it belongs to. */
	public Optional<Claim> findByToken(String token) {
		if (token.length() != 32) {
			return Optional.empty();
		}
		return this.repository.findByToken(token);
	}

	/** The shop's newest claims (at most 200), optionally of one status and one type. */
	public List<Claim> list(ShopId shop, @Nullable ClaimStatus status, @Nullable ClaimType type) {
		return this.repository.search(shop, status, type, 200);
	}

	/**
	 * Whether any claim about the order is open ({@link ClaimStatus#isOpen()}): other
	 * modules hold back what should not happen meanwhile (the feedback module's review
	 * requests).
	 */
	public boolean hasOpenClaim(ShopId shop, dev.doorstep.order.OrderId order) {
		return this.repository.anyOpenForOrder(shop, order);
	}

	/** The parcel's claims, newest first. */
	public List<Claim> forShipment(ShopId shop, ShipmentId shipment) {
		return this.repository.forShipment(shop, shipment);
	}

	/** What happened to the claim, oldest first. */
	public List<Claim.Step> history(ShopId shop, ClaimId id) {
		return this.repository.history(shop, id);
	}

	/** One evidence photo: its media type and bytes. */
	public Optional<PhotoFile> photo(ShopId shop, ClaimId id, int position) {
		return this.repository.photo(shop, id, position)
			.map(photo -> new PhotoFile(photo.contentType(), photo.bytes()));
	}

	/** An evidence photo's bytes as stored. */
	public record PhotoFile(String contentType, byte[] bytes) {
	}

	/**
	 * The carrier claim pack: a PDF with the parcel's data, its full timeline, the
	 * proof-of-delivery fields, the shopper's declaration and the photos.
	 */
	public Pack pack(ShopId shop, ClaimId id) {
		Claim claim = get(shop, id);
		Shipment shipment = this.shipments.get(shop, claim.shipmentId());
		return new Pack("claim-" + claim.number() + ".pdf",
				this.pack.pdf(claim, shipment, this.orders.get(shop, claim.orderId()),
						this.shipments.timeline(shop, shipment.id()), history(shop, id),
						this.repository.photos(shop, id), this.shops.get(shop)));
	}

	/** A claim pack and the file name to save it under. */
	public record Pack(String filename, byte[] pdf) {

		/** The PDF as a download. */
		public org.springframework.http.ResponseEntity<byte[]> download() {
			return org.springframework.http.ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
				.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
						org.springframework.http.ContentDisposition.attachment()
							.filename(this.filename)
							.build()
							.toString())
				.body(this.pdf);
		}

	}

	/** "CLM-" and 8 characters nobody misreads (no 0/O, 1/I). */
	private static String number() {
		StringBuilder number = new StringBuilder("CLM-");
		for (int i = 0; i < 8; i++) {
			number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
		}
		return number.toString();
	}

	/** 24 random bytes, URL-safe: 32 characters. */
	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
