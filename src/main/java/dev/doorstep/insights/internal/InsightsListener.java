package dev.doorstep.insights.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.claim.ClaimApproved;
import dev.doorstep.claim.ClaimFiled;
import dev.doorstep.claim.ClaimRejected;
import dev.doorstep.claim.ClaimResolved;
import dev.doorstep.delivery.DeliveryDelayPredicted;
import dev.doorstep.delivery.DeliveryEstimateChanged;
import dev.doorstep.feedback.DeliveryRated;
import dev.doorstep.feedback.NpsAnswered;
import dev.doorstep.feedback.ReviewSubmitted;
import dev.doorstep.insights.internal.ReadModels.MessageFlag;
import dev.doorstep.notification.MessageFailed;
import dev.doorstep.notification.MessageReceiptRecorded;
import dev.doorstep.notification.MessageSent;
import dev.doorstep.notification.MessageUnsubscribed;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderCancelled;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderPlaced;
import dev.doorstep.order.Orders;
import dev.doorstep.recommendation.RecommendationClicked;
import dev.doorstep.recommendation.RevenueAttributed;
import dev.doorstep.returns.RefundIssued;
import dev.doorstep.returns.RefundRequested;
import dev.doorstep.returns.ReturnRejected;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.runtime.CountryZones;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.ShipmentCreated;
import dev.doorstep.shipment.ShipmentDelivered;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.HandedOver;
import dev.doorstep.support.QuestionAnswered;
import dev.doorstep.tracking.TrackingPagesViewed;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read models from other modules' public events, after their commit; the event
 * publication registry retries a failed run. Orders and parcels are enriched once through
 * their modules' public API (email, country, items; origin, promise, dates), because the
 * events carry only ids; everything else comes from the event alone.
 */
@Component
class InsightsListener {

	private final ReadModels models;

	private final Orders orders;

	private final Shipments shipments;

	private final Clock clock;

	InsightsListener(ReadModels models, Orders orders, Shipments shipments, Clock clock) {
		this.models = models;
		this.orders = orders;
		this.shipments = shipments;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderPlaced placed) {
		recordOrder(placed.shopId(), placed.orderId());
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		recordOrder(cancelled.shopId(), cancelled.orderId());
		this.models.orderCancelled(cancelled.shopId(), cancelled.orderId().value(), cancelled.cancelledAt());
	}

	private void recordOrder(ShopId shop, OrderId id) {
		Optional<Order> found = this.orders.find(shop, id);
		if (found.isEmpty()) {
			return;
		}
		Order order = found.get();
		Map<String, ReadModels.SoldLine> lines = new LinkedHashMap<>();
		for (Order.LineItem item : order.items()) {
			lines.merge(item.sku(), new ReadModels.SoldLine(item.sku(), item.category(), item.quantity()),
					(a, b) -> new ReadModels.SoldLine(a.sku(), a.category(), a.quantity() + b.quantity()));
		}
		this.models.order(shop, id.value(), CustomerKeys.of(shop, order.customer().email()), country(order),
				order.currency(), order.total(), order.placedAt(), new ArrayList<>(lines.values()));
	}

	@ApplicationModuleListener
	void on(ShipmentCreated created) {
		recordShipment(created.shopId(), created.shipmentId(), null);
	}

	@ApplicationModuleListener
	void on(ShipmentDelivered delivered) {
		recordShipment(delivered.shopId(), delivered.shipmentId(), delivered);
	}

	/** Return parcels are not deliveries to the shopper: they are left out. */
	private void recordShipment(ShopId shop, ShipmentId id, @Nullable ShipmentDelivered delivered) {
		Optional<Shipment> found = this.shipments.find(shop, id);
		if (found.isEmpty() || found.get().returnParcel()) {
			return;
		}
		Shipment shipment = found.get();
		String country = this.orders.find(shop, shipment.orderId()).map(InsightsListener::country).orElse(null);
		String zone = CountryZones.find(country).map(java.time.ZoneId::getId).orElse(null);
		this.models.shipment(shop, id.value(), shipment.orderId().value(), shipment.carrier().value(),
				(shipment.origin() != null) ? shipment.origin().country() : null, country, zone,
				shipment.promisedDeliveryDate(), shipment.shippedAt(), shipment.createdAt(),
				(delivered != null) ? delivered.deliveredAt() : shipment.deliveredAt());
	}

	@ApplicationModuleListener
	void on(DeliveryEstimateChanged changed) {
		this.models.window(changed.shopId(), changed.shipmentId().value(), changed.occurredAt(),
				changed.window().earliest(), changed.window().latest());
	}

	@ApplicationModuleListener
	void on(DeliveryDelayPredicted predicted) {
		this.models.delayAlert(predicted.shopId(), predicted.shipmentId().value(), predicted.promisedDate(),
				predicted.reason().name(), predicted.occurredAt());
	}

	@ApplicationModuleListener
	void on(DeliveryRated rated) {
		String key = (rated.shipmentId() != null) ? "parcel:" + rated.shipmentId().value()
				: "order:" + rated.orderId().value();
		this.models.rating(rated.shopId(), "CSAT", key, rated.orderId().value(), rated.csat(), rated.occurredAt());
	}

	@ApplicationModuleListener
	void on(NpsAnswered answered) {
		this.models.rating(answered.shopId(), "NPS", answered.orderId().value().toString(), answered.orderId().value(),
				answered.score(), answered.occurredAt());
	}

	@ApplicationModuleListener
	void on(ReviewSubmitted review) {
		this.models.rating(review.shopId(), "REVIEW", review.reviewId().toString(), review.orderId().value(),
				review.stars(), review.occurredAt());
	}

	@ApplicationModuleListener
	void on(ReturnRequested requested) {
		this.models.returnRequested(requested.shopId(), requested.returnId(), requested.orderId().value(),
				requested.occurredAt(), requested.quote().currency(),
				requested.items()
					.stream()
					.map(item -> new ReadModels.ReturnedLine(item.sku(), item.category(), item.quantity(),
							item.reason().name(), item.resolution().name()))
					.toList());
	}

	@ApplicationModuleListener
	void on(ReturnRejected rejected) {
		this.models.returnRejected(rejected.shopId(), rejected.returnId(), rejected.orderId().value(),
				rejected.occurredAt());
	}

	@ApplicationModuleListener
	void on(RefundRequested refund) {
		this.models.refundRequested(refund.shopId(), refund.returnId(), refund.orderId().value(), refund.refund(),
				refund.storeCredit(), refund.currency(), refund.occurredAt());
	}

	@ApplicationModuleListener
	void on(RefundIssued refund) {
		this.models.refundIssued(refund.shopId(), refund.returnId(), refund.orderId().value(), refund.amount(),
				refund.currency(), refund.occurredAt());
	}

	@ApplicationModuleListener
	void on(MessageSent sent) {
		this.models.message(sent.shopId(), sent.messageId(), sent.orderId().value(), sent.trigger().name(),
				sent.channel().name(), MessageFlag.SENT, this.clock.instant());
	}

	@ApplicationModuleListener
	void on(MessageFailed failed) {
		this.models.message(failed.shopId(), failed.messageId(), failed.orderId().value(), failed.trigger().name(),
				failed.channel().name(), MessageFlag.FAILED, this.clock.instant());
	}

	@ApplicationModuleListener
	void on(MessageReceiptRecorded receipt) {
		MessageFlag flag = switch (receipt.status()) {
			case DELIVERED, COMPLAINED -> MessageFlag.DELIVERED;
			case OPENED -> MessageFlag.OPENED;
			case CLICKED -> MessageFlag.CLICKED;
			case BOUNCED -> MessageFlag.BOUNCED;
			case FAILED -> MessageFlag.FAILED;
			default -> null;
		};
		if (flag != null) {
			this.models.message(receipt.shopId(), receipt.messageId(), receipt.orderId().value(),
					receipt.trigger().name(), receipt.channel().name(), flag, receipt.at());
		}
	}

	@ApplicationModuleListener
	void on(MessageUnsubscribed unsubscribed) {
		this.models.message(unsubscribed.shopId(), unsubscribed.messageId(), unsubscribed.orderId().value(),
				unsubscribed.trigger().name(), unsubscribed.channel().name(), MessageFlag.UNSUBSCRIBED,
				unsubscribed.at());
	}

	@ApplicationModuleListener
	void on(TrackingPagesViewed viewed) {
		for (TrackingPagesViewed.ParcelViews parcel : viewed.views()) {
			this.models.pageViews(viewed.shopId(), parcel.shipmentId().value(), viewed.from(), parcel.count(),
					parcel.firstViewedAt());
		}
	}

	@ApplicationModuleListener
	void on(ClaimFiled filed) {
		this.models.claim(filed.shopId(), filed.claimId().value(), filed.shipmentId().value(), filed.orderId().value(),
				filed.type().name(), filed.carrier().value(), filed.currency(), filed.value(), filed.occurredAt(),
				"FILED", 0, null, null);
	}

	@ApplicationModuleListener
	void on(ClaimApproved approved) {
		this.models.claim(approved.shopId(), approved.claimId().value(), approved.shipmentId().value(),
				approved.orderId().value(), approved.type().name(), approved.carrier().value(), approved.currency(),
				approved.value(), approved.occurredAt(), "APPROVED", 1, null, null);
	}

	@ApplicationModuleListener
	void on(ClaimRejected rejected) {
		this.models.claim(rejected.shopId(), rejected.claimId().value(), rejected.shipmentId().value(),
				rejected.orderId().value(), rejected.type().name(), rejected.carrier().value(), rejected.currency(),
				rejected.value(), rejected.occurredAt(), "REJECTED", 1, null, null);
	}

	@ApplicationModuleListener
	void on(ClaimResolved resolved) {
		this.models.claim(resolved.shopId(), resolved.claimId().value(), resolved.shipmentId().value(),
				resolved.orderId().value(), resolved.type().name(), resolved.carrier().value(), resolved.currency(),
				resolved.value(), resolved.occurredAt(), "RESOLVED", 2, resolved.resolution().name(),
				resolved.refundAmount());
	}

	@ApplicationModuleListener
	void on(RecommendationClicked clicked) {
		this.models.recommendationClick(clicked.shopId(), clicked.orderId().value(), clicked.sku(),
				clicked.surface().name(), clicked.at());
	}

	@ApplicationModuleListener
	void on(RevenueAttributed attributed) {
		this.models.attributedRevenue(attributed.shopId(), attributed.orderId().value(), attributed.sku(),
				attributed.surface().name(), attributed.clickedAt(), attributed.revenue(), attributed.currency());
	}

	@ApplicationModuleListener
	void on(QuestionAnswered answered) {
		this.models.supportAnswer(answered.shopId(), answered.conversation(), answered.intent().name(),
				answered.channel().name(), answered.handedOver(), answered.at());
	}

	@ApplicationModuleListener
	void on(HandedOver handedOver) {
		this.models.supportHandover(handedOver.shopId(), handedOver.handoverId(), handedOver.intent().name(),
				handedOver.channel().name(), handedOver.at());
	}

	private static @Nullable String country(Order order) {
		return (order.shippingAddress() != null) ? order.shippingAddress().country() : null;
	}

}
