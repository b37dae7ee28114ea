package dev.doorstep.returns.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.returns.ExchangeRequested;
import dev.doorstep.returns.RefundIssued;
import dev.doorstep.returns.RefundRequested;
import dev.doorstep.returns.ReturnApproved;
import dev.doorstep.returns.ReturnEvent;
import dev.doorstep.returns.ReturnInTransit;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReceived;
import dev.doorstep.returns.ReturnRejected;
import dev.doorstep.returns.ReturnRequested;
import dev.doorstep.webhook.OutboundEvent;

/**
 * What the shop's webhook subscribers receive for each return event: the types and fields
 * of {@code docs/events.md}. Amounts travel as decimal strings so that no client rounds
 * them through a float.
 */
public final class ReturnWebhooks {

	private ReturnWebhooks() {
	}

	public static OutboundEvent of(ReturnEvent event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("returnId", event.returnId().toString());
		data.put("rma", event.rma());
		data.put("orderId", event.orderId().value().toString());
		String type = switch (event) {
			case ReturnRequested requested -> {
				data.put("method", requested.method() == null ? null : requested.method().name());
				data.put("items",
						requested.items()
							.stream()
							.map(item -> item(item.sku(), item.category(), item.quantity(),
									item.unitPrice().toPlainString(), item.reason().name(), item.resolution().name()))
							.toList());
				data.put("estimate", quote(requested.quote()));
				yield "return.requested";
			}
			case ReturnApproved approved -> {
				data.put("automatic", approved.automatic());
				data.put("method", approved.method() == null ? null : approved.method().name());
				yield "return.approved";
			}
			case ReturnRejected rejected -> {
				data.put("reason", rejected.reason());
				yield "return.rejected";
			}
			case ReturnInTransit transit -> {
				data.put("carrier", transit.carrier());
				data.put("trackingNumber", transit.trackingNumber());
				yield "return.in_transit";
			}
			case ReturnReceived received -> {
				data.put("items",
						received.items()
							.stream()
							.map(item -> Map.of("sku", item.sku(), "quantity", item.quantity(), "condition",
									item.condition().name(), "restock", item.restock()))
							.toList());
				yield "return.received";
			}
			case RefundRequested refund -> {
				data.put("refund", refund.refund().toPlainString());
				data.put("storeCredit", refund.storeCredit().toPlainString());
				data.put("fee", refund.fee().toPlainString());
				data.put("currency", refund.currency());
				yield "refund.requested";
			}
			case ExchangeRequested exchange -> {
				data.put("exchanges",
						exchange.exchanges()
							.stream()
							.map(item -> Map.of("sku", item.sku(), "newSku", item.newSku(), "quantity", item.quantity(),
									"difference", item.difference().toPlainString()))
							.toList());
				data.put("currency", exchange.currency());
				yield "exchange.requested";
			}
			case RefundIssued issued -> {
				data.put("amount", issued.amount().toPlainString());
				data.put("currency", issued.currency());
				data.put("reference", issued.reference());
				yield "refund.issued";
			}
		};
		return new OutboundEvent(event.shopId(), type, event.returnId().toString(), event.occurredAt(), data);
	}

	private static Map<String, Object> item(String sku, String category, int quantity, String unitPrice, String reason,
			String resolution) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("sku", sku);
		item.put("category", category);
		item.put("quantity", quantity);
		item.put("unitPrice", unitPrice);
		item.put("reason", reason);
		item.put("resolution", resolution);
		return item;
	}

	private static Map<String, Object> quote(ReturnQuote quote) {
		Map<String, Object> estimate = new LinkedHashMap<>();
		estimate.put("currency", quote.currency());
		estimate.put("itemsValue", quote.itemsValue().toPlainString());
		estimate.put("refund", quote.refund().toPlainString());
		estimate.put("storeCredit", quote.storeCredit().toPlainString());
		estimate.put("fee", quote.fee().toPlainString());
		estimate.put("exchangeDifference", quote.exchangeDifference().toPlainString());
		return estimate;
	}

}
