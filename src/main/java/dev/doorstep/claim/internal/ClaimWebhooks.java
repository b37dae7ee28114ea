package dev.doorstep.claim.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimApproved;
import dev.doorstep.claim.ClaimFiled;
import dev.doorstep.claim.ClaimResolved;
import dev.doorstep.claim.Claims;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * The signed merchant webhooks {@code claim.filed}, {@code claim.approved} and
 * {@code claim.resolved}: which event becomes which webhook, and its {@code data}. The
 * webhook module sends them; wiring it is one listener that turns {@link #of} into its
 * {@code OutboundEvent(shop, type, subject, time, data)} (see docs/guides/claims.md).
 */
@Component
public class ClaimWebhooks {

	/** A webhook to send: the fields of the webhook module's {@code OutboundEvent}. */
	public record Hook(ShopId shop, String type, String subject, Instant time, Map<String, Object> data) {
	}

	private final Claims claims;

	ClaimWebhooks(Claims claims) {
		this.claims = claims;
	}

	/**
	 * The webhook for a claim event, or empty for events merchants get no webhook for.
	 */
	public Optional<Hook> of(Object event) {
		return switch (event) {
			case ClaimFiled filed -> hook(filed.shopId(), "claim.filed", filed.claimId(), filed.occurredAt());
			case ClaimApproved approved ->
				hook(approved.shopId(), "claim.approved", approved.claimId(), approved.occurredAt());
			case ClaimResolved resolved ->
				hook(resolved.shopId(), "claim.resolved", resolved.claimId(), resolved.occurredAt());
			default -> Optional.empty();
		};
	}

	private Optional<Hook> hook(ShopId shop, String type, dev.doorstep.claim.ClaimId id, Instant time) {
		return this.claims.find(shop, id).map(claim -> new Hook(shop, type, claim.number(), time, data(claim)));
	}

	/**
	 * The {@code data} of every claim webhook: the claim as the API shows it, without
	 * photos, declaration or description (personal, and fetched with the API when
	 * needed).
	 */
	public static Map<String, Object> data(Claim claim) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("claimId", claim.id().value().toString());
		data.put("number", claim.number());
		data.put("orderId", claim.orderId().value().toString());
		data.put("shipmentId", claim.shipmentId().value().toString());
		data.put("type", claim.type().name());
		data.put("status", claim.status().name());
		data.put("carrier", claim.carrier().value());
		data.put("value", claim.value().toPlainString());
		data.put("currency", claim.currency());
		data.put("autoApproved", claim.autoApproved());
		List<Map<String, Object>> items = claim.items()
			.stream()
			.map(item -> Map.<String, Object>of("sku", item.sku(), "quantity", item.quantity()))
			.toList();
		data.put("items", items);
		if (claim.resolution() != null) {
			data.put("resolution", claim.resolution().name());
		}
		if (claim.refundAmount() != null) {
			data.put("refundAmount", claim.refundAmount().toPlainString());
		}
		return data;
	}

}
