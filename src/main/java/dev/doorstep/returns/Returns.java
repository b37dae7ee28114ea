package dev.doorstep.returns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.doorstep.notification.ShopperEvents;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Products;
import dev.doorstep.returns.internal.PolicyEvaluator;
import dev.doorstep.returns.internal.ReturnAddresses;
import dev.doorstep.returns.label.Address;
import dev.doorstep.returns.label.CarrierLabelRequest;
import dev.doorstep.returns.label.CarrierLabelResult;
import dev.doorstep.returns.label.ReturnLabelProvider;
import dev.doorstep.returns.label.ReturnLabelProviders;
import dev.doorstep.returns.label.ReturnLabelRequest;
import dev.doorstep.returns.label.ReturnLabels;
import dev.doorstep.returns.internal.PolicyStore;
import dev.doorstep.returns.internal.ReturnRepository;
import dev.doorstep.returns.internal.ReturnWebhooks;
import dev.doorstep.returns.internal.RmaNumbers;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.PublicTokens;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.CreateShipmentResult;
import dev.doorstep.shipment.ReturnParcelMoved;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shipment.TrackingLinks;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ShopperActionsChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns and exchanges: the shop's policy, what an order allows, return requests and
 * their way from request to refund. The portal, the API and the console all come through
 * here, so the policy is applied the same way everywhere. Every write of a step (status,
 * history, event, shopper message) happens in one transaction.
 */
@Service
public class Returns {

	private static final Logger log = LoggerFactory.getLogger(Returns.class);

	private final ReturnRepository repository;

	private final PolicyStore policies;

	private final Orders orders;

	private final Shipments shipments;

	private final Products products;

	private final Shops shops;

	private final ShopperEvents shopperEvents;

	private final TrackingLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReturnLabelProviders labelProviders;

	Returns(ReturnRepository repository, PolicyStore policies, Orders orders, Shipments shipments, Products products,
			Shops shops, ShopperEvents shopperEvents, TrackingLinks links, ApplicationEventPublisher events,
			Clock clock, ReturnLabelProviders labelProviders) {
		this.labelProviders = labelProviders;
		this.repository = repository;
		this.policies = policies;
		this.orders = orders;
		this.shipments = shipments;
		this.products = products;
		this.shops = shops;
		this.shopperEvents = shopperEvents;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/** The shop's policy, or the defaults while it has saved none. */
	public ReturnPolicy policy(ShopId shop) {
		return this.policies.get(shop);
	}

	/**
	 * Saves the shop's policy whole.
	 * @throws dev.doorstep.runtime.InvalidRequestException naming the field at fault
	 */
	@Transactional
	public ReturnPolicy savePolicy(ShopId shop, ReturnPolicy policy) {
		PolicyRules.validate(policy);
		return this.policies.save(shop, policy);
	}

	/** What the order allows now; empty when the shop has no such order. */
	public Optional<ReturnOptions> options(ShopId shop, OrderId orderId) {
		return this.orders.find(shop, orderId).map(order -> options(shop, order, false));
	}

	private ReturnOptions options(ShopId shop, Order order, boolean lock) {
		ReturnPolicy policy = policy(shop);
		return PolicyEvaluator.options(policy, facts(shop, order, lock, policy.exchanges()), this.clock.instant(),
				zone(shop));
	}

	/**
	 * The last day anything of the order can still be returned; empty when nothing can.
	 * Cheap enough for every view of a tracking page: no catalogue look-ups.
	 */
	public Optional<java.time.LocalDate> lastReturnDay(ShopId shop, Order order) {
		ReturnOptions options = PolicyEvaluator.options(policy(shop), facts(shop, order, false, false),
				this.clock.instant(), zone(shop));
		return options.items()
			.stream()
			.filter(ReturnOptions.Item::canReturn)
			.map(ReturnOptions.Item::lastDay)
			.filter(java.util.Objects::nonNull)
			.max(java.util.Comparator.naturalOrder());
	}

	private PolicyEvaluator.OrderFacts facts(ShopId shop, Order order, boolean lock, boolean withVariants) {
		Map<String, Instant> deliveredBySku = new HashMap<>();
		Instant lastDelivered = null;
		for (Shipment parcel : this.shipments.forOrder(shop, order.id())) {
			if (parcel.deliveredAt() == null) {
				continue;
			}
			if (lastDelivered == null || parcel.deliveredAt().isAfter(lastDelivered)) {
				lastDelivered = parcel.deliveredAt();
			}
			for (Shipment.Item item : parcel.items()) {
				deliveredBySku.merge(item.sku(), parcel.deliveredAt(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		Map<String, Integer> returned = this.repository.returnedQuantities(shop, order.id(), lock);
		Map<String, List<Product>> variants = new HashMap<>();
		if (withVariants) {
			for (Order.LineItem item : order.items()) {
				variants.put(item.sku(), this.products.otherVariants(shop, item.sku()));
			}
		}
		return new PolicyEvaluator.OrderFacts(order, deliveredBySku, lastDelivered, returned, variants);
	}

	private ZoneId zone(ShopId shop) {
		return this.shops.find(shop).map(Shop::timeZone).orElse(ZoneId.of("UTC"));
	}

	/** What a requested return would be worth, or why it cannot be made. */
	public sealed interface QuoteResult {

		record Quoted(ReturnQuote quote) implements QuoteResult {
		}

		record Refused(List<PolicyViolation> violations) implements QuoteResult {
		}

		record Invalid(List<FieldViolation> violations) implements QuoteResult {
		}

		record OrderNotFound() implements QuoteResult {
		}

	}

	/** Prices a return without making it. */
	public QuoteResult quote(ShopId shop, OrderId orderId, NewReturn request) {
		return quote(shop, orderId, request, false);
	}

	/**
	 * Prices a return without making it; with {@code photosFollow} a missing required
	 * photo is no reason to refuse (the portal asks for photos on its summary step).
	 */
	public QuoteResult quote(ShopId shop, OrderId orderId, NewReturn request, boolean photosFollow) {
		Optional<Order> order = this.orders.find(shop, orderId);
		if (order.isEmpty()) {
			return new QuoteResult.OrderNotFound();
		}
		return switch (PolicyEvaluator.check(policy(shop), options(shop, order.get(), false), request, photosFollow)) {
			case PolicyEvaluator.Checked.Accepted accepted -> new QuoteResult.Quoted(accepted.quote());
			case PolicyEvaluator.Checked.Refused refused -> new QuoteResult.Refused(refused.violations());
			case PolicyEvaluator.Checked.Invalid invalid -> new QuoteResult.Invalid(invalid.violations());
		};
	}

	/** How a request for a return went. */
	public sealed interface CreateResult {

		/** Made, or {@code repeated}: the idempotency key had made it before. */
		record Created(ReturnRequest request, boolean repeated) implements CreateResult {
		}

		/** Against the policy: nothing was written. */
		record Refused(List<PolicyViolation> violations) implements CreateResult {
		}

		/** Malformed: nothing was written. */
		record Invalid(List<FieldViolation> violations) implements CreateResult {
		}

		record OrderNotFound() implements CreateResult {
		}

	}

	/**
	 * Makes a return if the policy allows it; approves it at once when the policy
	 * auto-approves.
	 */
	@Transactional
	public CreateResult create(ShopId shop, OrderId orderId, NewReturn request) {
		if (request.idempotencyKey() != null) {
			Optional<ReturnRequest> existing = this.repository.findByIdempotencyKey(shop, request.idempotencyKey());
			if (existing.isPresent()) {
				return new CreateResult.Created(existing.get(), true);
			}
		}
		Optional<Order> found = this.orders.find(shop, orderId);
		if (found.isEmpty()) {
			return new CreateResult.OrderNotFound();
		}
		Order order = found.get();
		ReturnPolicy policy = policy(shop);
		// Locked: two requests at once must not both take the last returnable piece.
		ReturnOptions options = PolicyEvaluator.options(policy, facts(shop, order, true, policy.exchanges()),
				this.clock.instant(), zone(shop));
		PolicyEvaluator.Checked checked = PolicyEvaluator.check(policy, options, request, false);
		if (checked instanceof PolicyEvaluator.Checked.Refused refused) {
			return new CreateResult.Refused(refused.violations());
		}
		if (checked instanceof PolicyEvaluator.Checked.Invalid invalid) {
			return new CreateResult.Invalid(invalid.violations());
		}
		PolicyEvaluator.Checked.Accepted accepted = (PolicyEvaluator.Checked.Accepted) checked;
		if (request.idempotencyKey() != null) {
			// The same key may be racing in another transaction: the key's row decides.
			Optional<ReturnRequest> existing = this.repository.findByIdempotencyKey(shop, request.idempotencyKey());
			if (existing.isPresent()) {
				return new CreateResult.Created(existing.get(), true);
			}
		}
		Instant now = this.clock.instant();
		List<ReturnRequest.Line> lines = new ArrayList<>();
		for (int i = 0; i < accepted.lines().size(); i++) {
			PolicyEvaluator.Priced priced = accepted.lines().get(i);
			NewReturn.Line line = priced.line();
			ReturnOptions.Item item = priced.item();
			ReturnOptions.Variant variant = priced.variant();
			lines.add(new ReturnRequest.Line(i, item.sku(), item.name(), item.variant(), item.category(),
					line.quantity(), item.unitPrice(), line.reason(),
					line.comment() == null || line.comment().isBlank() ? null : line.comment().strip(),
					line.resolution(), variant == null ? null : variant.sku(),
					variant == null ? null : variantName(variant), variant == null ? null : variant.price(),
					line.photos().size(), null, null, null));
		}
		ReturnMethod method = accepted.quote().shipsBack() ? request.method() : null;
		ReturnRequest created = null;
		for (int attempt = 0; created == null && attempt < 5; attempt++) {
			ReturnRequest candidate = new ReturnRequest(UUID.randomUUID(), shop, order.id(), order.orderNumber(),
					RmaNumbers.next(), PublicTokens.next(), ReturnStatus.REQUESTED, method,
					method == ReturnMethod.STORE_DROP_OFF ? request.storeId() : null, request.locale().getLanguage(),
					accepted.quote(), List.copyOf(lines), null, null, null, null, null, null, now, now);
			if (this.repository.insert(candidate, request.idempotencyKey(), now)) {
				created = candidate;
			}
		}
		if (created == null) {
			throw new IllegalStateException("no free RMA number after 5 attempts");
		}
		for (int i = 0; i < accepted.lines().size(); i++) {
			PolicyEvaluator.Priced priced = accepted.lines().get(i);
			for (int p = 0; p < priced.line().photos().size(); p++) {
				this.repository.insertPhoto(shop, created.id(), i, priced.photoTypes().get(p),
						priced.line().photos().get(p).bytes());
			}
		}
		this.repository.history(shop, created.id(), ReturnStatus.REQUESTED, null, now);
		publish(new ReturnRequested(shop, created.id(), order.id(), created.rma(), method,
				lines.stream()
					.map(line -> new ReturnRequested.Item(line.sku(), line.category(), line.quantity(),
							line.unitPrice(), line.reason(), line.resolution()))
					.toList(),
				created.quote(), now));
		log.info("Return {} requested for order {} of shop {} ({} lines)", created.rma(), order.id(), shop,
				lines.size());
		if (policy.autoApprove()) {
			approve(shop, created.id(), true);
		}
		else {
			message(created, Trigger.RETURN_REQUESTED, Map.of());
		}
		return new CreateResult.Created(find(shop, created.id()).orElseThrow(), false);
	}

	private static String variantName(ReturnOptions.Variant variant) {
		return variant.variant() != null ? variant.variant() : variant.name();
	}

	/** How a step on a return went. */
	public sealed interface Transition {

		record Done(ReturnRequest request) implements Transition {
		}

		/** The return is not in a state that allows the step. */
		record NotAllowed(ReturnStatus status, String step) implements Transition {
		}

		record NotFound() implements Transition {
		}

	}

	/** The shop approves a requested return. */
	@Transactional
	public Transition approve(ShopId shop, UUID id) {
		return approve(shop, id, false);
	}

	private Transition approve(ShopId shop, UUID id, boolean automatic) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, Set.of(ReturnStatus.REQUESTED), ReturnStatus.APPROVED, now)) {
			return new Transition.NotAllowed(found.get().status(), "approve");
		}
		ReturnRequest request = found.get();
		this.repository.history(shop, id, ReturnStatus.APPROVED, automatic ? "approved by the policy" : null, now);
		publish(new ReturnApproved(shop, id, request.orderId(), request.rma(), automatic, request.method(), now));
		Map<String, String> facts = new HashMap<>();
		if (request.method() != null) {
			facts.put("returnLabelUrl", this.links.absolute(request.shopId(), ReturnLinks.labelPath(request)));
		}
		message(request, Trigger.RETURN_APPROVED, facts);
		if (request.keepsEverything()) {
			// Nothing travels: the refund is due now.
			resolve(shop, id, null, null);
		}
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/** The shop turns a request down; the shopper is told the reason. */
	@Transactional
	public Transition reject(ShopId shop, UUID id, String reason) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, Set.of(ReturnStatus.REQUESTED, ReturnStatus.APPROVED),
				ReturnStatus.REJECTED, now)) {
			return new Transition.NotAllowed(found.get().status(), "reject");
		}
		this.repository.reject(shop, id, reason.strip());
		this.repository.history(shop, id, ReturnStatus.REJECTED, reason.strip(), now);
		ReturnRequest request = found.get();
		publish(new ReturnRejected(shop, id, request.orderId(), request.rma(), reason.strip(), now));
		message(request, Trigger.RETURN_REJECTED, Map.of("reason", reason.strip()));
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/**
	 * The return parcel is on its way: called when its carrier scans it, or by the shop.
	 * A parcel already received stays received.
	 */
	@Transactional
	public Transition markInTransit(ShopId shop, UUID id) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, Set.of(ReturnStatus.APPROVED), ReturnStatus.IN_TRANSIT, now)) {
			return new Transition.NotAllowed(found.get().status(), "in-transit");
		}
		ReturnRequest request = found.get();
		this.repository.history(shop, id, ReturnStatus.IN_TRANSIT, null, now);
		publish(new ReturnInTransit(shop, id, request.orderId(), request.rma(),
				request.carrier() == null ? "" : request.carrier(),
				request.trackingNumber() == null ? "" : request.trackingNumber(), now));
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/**
	 * What the shop found in the parcel, per return line.
	 *
	 * @param lineNo the line's number in the return, from 0
	 */
	public record Inspection(int lineNo, int quantity, ReturnRequest.Condition condition, boolean restock) {
	}

	/**
	 * The return arrived (or its inspection is recorded afterwards). Without inspections
	 * every piece counts as received as new and restocked.
	 */
	@Transactional
	public Transition receive(ShopId shop, UUID id, List<Inspection> inspections) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		ReturnRequest request = found.get();
		List<FieldViolation> invalid = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < inspections.size(); i++) {
			Inspection inspection = inspections.get(i);
			ReturnRequest.Line line = request.lines()
				.stream()
				.filter(candidate -> candidate.lineNo() == inspection.lineNo())
				.findFirst()
				.orElse(null);
			if (line == null || !seen.add(inspection.lineNo())) {
				invalid.add(new FieldViolation("items[" + i + "].line",
						line == null ? "is not a line of this return" : "appears twice"));
			}
			else if (inspection.quantity() < 0 || inspection.quantity() > line.quantity()) {
				invalid.add(new FieldViolation("items[" + i + "].quantity", "must be 0 to " + line.quantity()));
			}
		}
		if (!invalid.isEmpty()) {
			throw new dev.doorstep.runtime.InvalidRequestException(invalid);
		}
		Instant now = this.clock.instant();
		boolean arrived = this.repository.transition(shop, id, Set.of(ReturnStatus.APPROVED, ReturnStatus.IN_TRANSIT),
				ReturnStatus.RECEIVED, now);
		if (!arrived && request.status() != ReturnStatus.RECEIVED) {
			return new Transition.NotAllowed(request.status(), "receive");
		}
		List<ReturnReceived.Inspected> inspected = new ArrayList<>();
		for (Inspection inspection : inspections) {
			this.repository.inspect(shop, id, inspection.lineNo(), inspection.quantity(), inspection.condition(),
					inspection.restock());
			ReturnRequest.Line line = request.lines().get(inspection.lineNo());
			inspected.add(new ReturnReceived.Inspected(line.sku(), inspection.quantity(), inspection.condition(),
					inspection.restock()));
		}
		this.repository.history(shop, id, ReturnStatus.RECEIVED,
				arrived ? null : "inspected: " + inspections.size() + " lines", now);
		if (arrived) {
			publish(new ReturnReceived(shop, id, request.orderId(), request.rma(), inspected, now));
			message(request, Trigger.RETURN_RECEIVED, Map.of());
		}
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/**
	 * Settles a received return (or one of kept items only): asks the shop to refund and
	 * grant store credit, and to send exchange variants. Amounts default to the estimate;
	 * the shop may pay less after inspection.
	 */
	@Transactional
	public Transition resolve(ShopId shop, UUID id, @Nullable BigDecimal refund, @Nullable BigDecimal storeCredit) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		ReturnRequest request = found.get();
		Set<ReturnStatus> from = request.keepsEverything() ? EnumSet.of(ReturnStatus.APPROVED)
				: EnumSet.of(ReturnStatus.RECEIVED);
		List<FieldViolation> invalid = new ArrayList<>();
		if (refund != null && (refund.signum() < 0 || refund.compareTo(request.quote().refund()) > 0)) {
			invalid.add(new FieldViolation("refund", "must be 0 to " + request.quote().refund()));
		}
		if (storeCredit != null
				&& (storeCredit.signum() < 0 || storeCredit.compareTo(request.quote().storeCredit()) > 0)) {
			invalid.add(new FieldViolation("storeCredit", "must be 0 to " + request.quote().storeCredit()));
		}
		if (!invalid.isEmpty()) {
			throw new dev.doorstep.runtime.InvalidRequestException(invalid);
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, from, ReturnStatus.RESOLVED, now)) {
			return new Transition.NotAllowed(request.status(), "resolve");
		}
		BigDecimal refundDue = (refund != null) ? refund : request.quote().refund();
		BigDecimal creditDue = (storeCredit != null) ? storeCredit : request.quote().storeCredit();
		this.repository.settle(shop, id, refundDue, creditDue);
		this.repository.history(shop, id, ReturnStatus.RESOLVED, null, now);
		if (refundDue.signum() > 0 || creditDue.signum() > 0) {
			publish(new RefundRequested(shop, id, request.orderId(), request.rma(), refundDue, creditDue,
					request.quote().fee(), request.quote().currency(), now));
		}
		List<ExchangeRequested.Exchange> exchanges = request.lines()
			.stream()
			.filter(line -> line.resolution() == Resolution.EXCHANGE && line.exchangeSku() != null)
			.map(line -> new ExchangeRequested.Exchange(line.sku(), line.exchangeSku(), line.quantity(),
					line.exchangePrice() == null ? BigDecimal.ZERO
							: line.exchangePrice()
								.subtract(line.unitPrice())
								.multiply(BigDecimal.valueOf(line.quantity()))))
			.toList();
		if (!exchanges.isEmpty()) {
			publish(new ExchangeRequested(shop, id, request.orderId(), request.rma(), exchanges,
					request.quote().currency(), now));
		}
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/** The shop confirms that the money went out; the shopper is told. */
	@Transactional
	public Transition confirmRefund(ShopId shop, UUID id, BigDecimal amount, @Nullable String reference) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		if (amount.signum() < 0) {
			throw new dev.doorstep.runtime.InvalidRequestException("amount", "must not be negative");
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(shop, id, Set.of(ReturnStatus.RESOLVED), ReturnStatus.REFUNDED, now)) {
			return new Transition.NotAllowed(found.get().status(), "confirm-refund");
		}
		ReturnRequest request = found.get();
		String ref = (reference == null || reference.isBlank()) ? null : reference.strip();
		this.repository.refundIssued(shop, id, amount, ref);
		this.repository.history(shop, id, ReturnStatus.REFUNDED, ref, now);
		publish(new RefundIssued(shop, id, request.orderId(), request.rma(), amount, request.quote().currency(), ref,
				now));
		message(request, Trigger.REFUND_ISSUED,
				Map.of("refundAmount", amount.toPlainString(), "currency", request.quote().currency()));
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	/** A return's label, or why it has none. */
	public sealed interface LabelResult {

		/**
		 * The Doorstep label page, followed by the carrier's own label when there is one.
		 */
		record Pdf(byte[] bytes) implements LabelResult {
		}

		/** A label cannot be made now, and why (for the shopper and the shop). */
		record NoLabel(String reason) implements LabelResult {
		}

		record NotFound() implements LabelResult {
		}

	}

	/**
	 * The return's 4×6 inch label: return address, RMA, barcode and a QR code with the
	 * RMA. Where a carrier's returns API is configured for the shopper's country, the
	 * carrier's label is asked for once, kept, and appended.
	 */
	@Transactional
	public LabelResult label(ShopId shop, UUID id) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new LabelResult.NotFound();
		}
		ReturnRequest request = found.get();
		if (request.method() == null) {
			return new LabelResult.NoLabel("nothing is sent back: every item is kept");
		}
		if (request.status() == ReturnStatus.REQUESTED || request.status() == ReturnStatus.REJECTED) {
			return new LabelResult.NoLabel("the return is not approved");
		}
		Order order = this.orders.find(shop, request.orderId()).orElse(null);
		Address from = (order == null) ? null : ReturnAddresses.shopper(order);
		Address to = policy(shop).returnAddress();
		if (from == null || to == null) {
			return new LabelResult.NoLabel(from == null ? "the order has no complete shipping address"
					: "the shop has not set its return address");
		}
		int items = request.lines()
			.stream()
			.filter(line -> line.resolution() != Resolution.KEEP_ITEM)
			.mapToInt(ReturnRequest.Line::quantity)
			.sum();
		byte[] carrierLabel = this.repository.carrierLabel(shop, id).orElse(null);
		String carrierName = null;
		String trackingNumber = request.trackingNumber();
		if (request.method().byCarrier()) {
			ReturnLabelProvider provider = (request.carrier() != null)
					? this.labelProviders.forSender(request.carrier(), from.country()).orElse(null)
					: this.labelProviders.availableFor(from.country()).stream().findFirst().orElse(null);
			if (provider != null && carrierLabel == null) {
				CarrierLabelResult result = provider.request(CarrierLabelRequest.of(request.rma(), from, to, items));
				if (result instanceof CarrierLabelResult.Created created) {
					carrierLabel = created.labelPdf();
					trackingNumber = created.trackingNumber();
					link(request, provider.carrier(), trackingNumber, carrierLabel);
				}
				else {
					log.warn("Return {}: no carrier label from {}: {}", request.rma(), provider.carrier(), result);
				}
			}
			if (provider != null && carrierLabel != null) {
				carrierName = provider.carrierName();
			}
		}
		return new LabelResult.Pdf(ReturnLabels.pdf(new ReturnLabelRequest(request.rma(), from, to, carrierName, items,
				Locale.forLanguageTag(request.locale()), trackingNumber, carrierLabel)));
	}

	/**
	 * The return parcel's carrier and tracking number, from a label made outside
	 * Doorstep: the parcel is tracked from now on and moves the return to in transit and
	 * received.
	 */
	@Transactional
	public Transition attachParcel(ShopId shop, UUID id, CarrierCode carrier, String trackingNumber) {
		Optional<ReturnRequest> found = find(shop, id);
		if (found.isEmpty()) {
			return new Transition.NotFound();
		}
		ReturnRequest request = found.get();
		if (request.status() != ReturnStatus.APPROVED && request.status() != ReturnStatus.IN_TRANSIT) {
			return new Transition.NotAllowed(request.status(), "attach-parcel");
		}
		link(request, carrier.value(), trackingNumber, null);
		return new Transition.Done(find(shop, id).orElseThrow());
	}

	private void link(ReturnRequest request, String carrier, String trackingNumber, byte @Nullable [] carrierLabel) {
		CreateShipmentResult parcel = this.shipments.trackReturnParcel(request.shopId(), request.orderId(),
				new CarrierCode(carrier), trackingNumber);
		this.repository.parcel(request.shopId(), request.id(), carrier, parcel.shipment().trackingNumber(),
				parcel.shipment().id().value(), carrierLabel);
		this.repository.history(request.shopId(), request.id(), request.status(),
				"return parcel " + carrier + " " + parcel.shipment().trackingNumber(), this.clock.instant());
	}

	/**
	 * Carrier news about a return parcel: the first scan puts the return in transit, the
	 * delivery to the shop makes it received. News of a parcel no return owns is ignored.
	 */
	@ApplicationModuleListener
	void on(ReturnParcelMoved moved) {
		Optional<ReturnRequest> found = this.repository.findByShipment(moved.shopId(), moved.shipmentId().value());
		if (found.isEmpty()) {
			return;
		}
		ReturnRequest request = found.get();
		boolean moving = moved.status() != TrackingStatus.PENDING && moved.status() != TrackingStatus.INFO_RECEIVED
				&& moved.status() != TrackingStatus.EXPIRED;
		if (moving && request.status() == ReturnStatus.APPROVED) {
			markInTransit(request.shopId(), request.id());
		}
		if (moved.status() == TrackingStatus.DELIVERED) {
			receive(request.shopId(), request.id(), List.of());
		}
	}

	public Optional<ReturnRequest> find(ShopId shop, UUID id) {
		return this.repository.find(shop, id);
	}

	/** The return behind a public status link, whichever shop it belongs to. */
	public Optional<ReturnRequest> findByToken(String token) {
		if (!PublicTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.repository.findByToken(token);
	}

	public List<ReturnRequest> forOrder(ShopId shop, OrderId order) {
		return this.repository.forOrder(shop, order);
	}

	/** One page of a shop's returns. */
	public record ReturnPage(List<ReturnRequest> returns, long total, int page, int size) {
	}

	public ReturnPage list(ShopId shop, ReturnQuery query) {
		ReturnRepository.ReturnPage page = this.repository.list(shop, query, this.clock.instant());
		return new ReturnPage(page.returns(), page.total(), query.page(), query.size());
	}

	public List<ReturnHistoryEntry> history(ShopId shop, UUID id) {
		return this.repository.history(shop, id);
	}

	/** A photo the shopper sent with a return line. */
	public record Photo(UUID id, int lineNo, String contentType, byte[] bytes) {
	}

	public List<Photo> photos(ShopId shop, UUID id) {
		return this.repository.photos(shop, id)
			.stream()
			.map(photo -> new Photo(photo.id(), photo.lineNo(), photo.contentType(), photo.bytes()))
			.toList();
	}

	/** To other modules, and as a signed webhook to the shop, in the same transaction. */
	private void publish(ReturnEvent event) {
		this.events.publishEvent(event);
		this.events.publishEvent(ReturnWebhooks.of(event));
		this.events.publishEvent(new ShopperActionsChanged(event.shopId(), event.orderId()));
	}

	private void message(ReturnRequest request, Trigger trigger, Map<String, String> extra) {
		Map<String, String> facts = new HashMap<>(extra);
		facts.put("returnUrl", this.links.absolute(request.shopId(), ReturnLinks.statusPath(request)));
		facts.keySet().retainAll(this.shopperEvents.allowedFacts(trigger));
		ShopperEvents.Outcome outcome = this.shopperEvents.notify(request.shopId(), request.orderId(), null, trigger,
				request.rma(), this.clock.instant(), facts);
		if (outcome instanceof ShopperEvents.Outcome.Invalid invalid) {
			// A policy or template bug, not the shopper's: the return stands without the
			// message.
			log.warn("Return {} message {} not planned: {}", request.rma(), trigger, invalid);
		}
	}

}
