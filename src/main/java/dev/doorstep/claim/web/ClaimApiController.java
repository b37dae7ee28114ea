package dev.doorstep.claim.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimId;
import dev.doorstep.claim.ClaimMode;
import dev.doorstep.claim.ClaimSettings;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.Decision;
import dev.doorstep.claim.Resolution;
import dev.doorstep.claim.ResolutionPolicy;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/claims}: the shop's claim rules, its claims, and the merchant's
 * decisions. A decision the claim's status does not allow answers 409.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimApiController {

	/** Who decided, in a claim's history, when the API did. */
	private static final String API = "api";

	private final Claims claims;

	ClaimApiController(Claims claims) {
		this.claims = claims;
	}

	/** The shop's rules; fields left out of a PUT keep their value. */
	record SettingsJson(@Nullable ClaimMode mode, @Nullable Integer lostAfterDays, @Nullable Integer reportWithinDays,
			@Nullable ResolutionPolicy resolution, @Nullable BigDecimal autoApproveLimit) {

		static SettingsJson of(ClaimSettings settings) {
			return new SettingsJson(settings.mode(), settings.lostAfterDays(), settings.reportWithinDays(),
					settings.resolution(), settings.autoApproveLimit());
		}

	}

	@GetMapping("/settings")
	SettingsJson settings(ShopId shop) {
		return SettingsJson.of(this.claims.settings(shop));
	}

	@PutMapping("/settings")
	SettingsJson saveSettings(ShopId shop, @RequestBody SettingsJson body) {
		ClaimSettings current = this.claims.settings(shop);
		return SettingsJson.of(this.claims.saveSettings(shop,
				new ClaimSettings((body.mode() != null) ? body.mode() : current.mode(),
						(body.lostAfterDays() != null) ? body.lostAfterDays() : current.lostAfterDays(),
						(body.reportWithinDays() != null) ? body.reportWithinDays() : current.reportWithinDays(),
						(body.resolution() != null) ? body.resolution() : current.resolution(),
						(body.autoApproveLimit() != null) ? body.autoApproveLimit() : current.autoApproveLimit())));
	}

	/** A claim as the API shows it; {@code history} only on the single claim. */
	record ClaimJson(UUID id, String number, ClaimType type, ClaimStatus status, UUID orderId, UUID shipmentId,
			String carrier, @Nullable String description, @Nullable String declaration, List<Claim.Item> items,
			BigDecimal value, String currency, @Nullable Resolution preferredResolution,
			@Nullable String rejectionReason, @Nullable Resolution resolution, @Nullable BigDecimal refundAmount,
			boolean autoApproved, List<Claim.Photo> photos, Instant createdAt, Instant updatedAt,
			@Nullable List<Claim.Step> history) {

		static ClaimJson of(Claim c, @Nullable List<Claim.Step> history) {
			return new ClaimJson(c.id().value(), c.number(), c.type(), c.status(), c.orderId().value(),
					c.shipmentId().value(), c.carrier().value(), c.description(), c.declaration(), c.items(), c.value(),
					c.currency(), c.preferredResolution(), c.rejectionReason(), c.resolution(), c.refundAmount(),
					c.autoApproved(), c.photos(), c.createdAt(), c.updatedAt(), history);
		}

	}

	@GetMapping
	List<ClaimJson> list(ShopId shop, @RequestParam(required = false) @Nullable ClaimStatus status,
			@RequestParam(required = false) @Nullable ClaimType type) {
		return this.claims.list(shop, status, type).stream().map(claim -> ClaimJson.of(claim, null)).toList();
	}

	@GetMapping("/{id}")
	ClaimJson get(ShopId shop, @PathVariable UUID id) {
		ClaimId claimId = new ClaimId(id);
		return ClaimJson.of(this.claims.get(shop, claimId), this.claims.history(shop, claimId));
	}

	@ApiProblems(org.springframework.http.HttpStatus.CONFLICT)
	@PostMapping("/{id}/approve")
	ClaimJson approve(ShopId shop, @PathVariable UUID id) {
		return answer(shop, this.claims.approve(shop, new ClaimId(id), API));
	}

	record RejectJson(@Nullable String reason) {
	}

	@ApiProblems(org.springframework.http.HttpStatus.CONFLICT)
	@PostMapping("/{id}/reject")
	ClaimJson reject(ShopId shop, @PathVariable UUID id, @RequestBody RejectJson body) {
		return answer(shop,
				this.claims.reject(shop, new ClaimId(id), (body.reason() != null) ? body.reason() : "", API));
	}

	record ResolveJson(@Nullable Resolution resolution, @Nullable BigDecimal amount) {
	}

	@ApiProblems(org.springframework.http.HttpStatus.CONFLICT)
	@PostMapping("/{id}/resolve")
	ClaimJson resolve(ShopId shop, @PathVariable UUID id, @RequestBody ResolveJson body) {
		if (body.resolution() == null) {
			throw new InvalidRequestException("resolution", "must be REFUND or RESHIP");
		}
		return answer(shop, this.claims.resolve(shop, new ClaimId(id), body.resolution(), body.amount(), API));
	}

	@GetMapping("/{id}/pack.pdf")
	ResponseEntity<byte[]> pack(ShopId shop, @PathVariable UUID id) {
		return this.claims.pack(shop, new ClaimId(id)).download();
	}

	private ClaimJson answer(ShopId shop, Decision decision) {
		return switch (decision) {
			case Decision.Done done -> ClaimJson.of(done.claim(), this.claims.history(shop, done.claim().id()));
			case Decision.WrongStatus wrong -> throw new ConflictException("status", wrong.detail());
		};
	}

}
