package dev.doorstep.claim.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.claim.Claim;
import dev.doorstep.webhook.OutboundEvent;

/**
 * What the shop's webhook subscribers receive at each step of a claim:
 * {@code claim.filed}, {@code claim.approved}, {@code claim.rejected} and
 * {@code claim.resolved}, with the fields of {@code docs/events.md}. Amounts travel as
 * decimal strings so that no client rounds them through a float; the shopper's
 * description, declaration and photos stay out (personal; the API has them).
 */
public final class ClaimWebhooks {

	private ClaimWebhooks() {
	}

	/** The event for the claim's current status, as of {@code time}. */
	public static OutboundEvent of(Claim claim, Instant time) {
		String type = "claim." + claim.status().name().toLowerCase(Locale.ROOT);
		return new OutboundEvent(claim.shopId(), type, claim.id().toString(), time, data(claim));
	}

	static Map<String, Object> data(Claim claim) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("claimId", claim.id().toString());
		data.put("number", claim.number());
		data.put("orderId", claim.orderId().value().toString());
		data.put("shipmentId", claim.shipmentId().value().toString());
		data.put("type", claim.type().name());
		data.put("status", claim.status().name());
		data.put("carrier", claim.carrier().value());
		data.put("value", claim.value().toPlainString());
		data.put("currency", claim.currency());
		data.put("automatic", claim.autoApproved());
		List<Map<String, Object>> items = claim.items()
			.stream()
			.map(item -> Map.<String, Object>of("sku", item.sku(), "quantity", item.quantity()))
			.toList();
		data.put("items", items);
		switch (claim.status()) {
			case REJECTED -> data.put("reason", claim.rejectionReason());
			case RESOLVED -> {
				data.put("resolution", (claim.resolution() != null) ? claim.resolution().name() : null);
				data.put("refundAmount", (claim.refundAmount() != null) ? claim.refundAmount().toPlainString() : null);
			}
			default -> {
			}
		}
		return data;
	}

}
