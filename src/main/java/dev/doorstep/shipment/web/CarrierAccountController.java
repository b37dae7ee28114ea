package dev.doorstep.shipment.web;

import java.util.List;

import dev.doorstep.shipment.CarrierAccount;
import dev.doorstep.shipment.CarrierAccounts;
import dev.doorstep.shipment.UnmappedCode;
import dev.doorstep.shipment.CarrierFeed;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's own carrier contracts and push secrets, and the carrier codes its parcels met
 * that no mapping knew. Secrets go in, never out: reads show them masked.
 */
@RestController
class CarrierAccountController {

	record AccountRequest(@Nullable @Size(max = 500) String apiKey, @Nullable @Size(max = 500) String apiSecret,
			@Nullable @Size(max = 100) String accountNumber, @Nullable @Size(max = 500) String webhookSecret) {
	}

	private final CarrierAccounts accounts;

	private final CarrierFeed feed;

	CarrierAccountController(CarrierAccounts accounts, CarrierFeed feed) {
		this.accounts = accounts;
		this.feed = feed;
	}

	@GetMapping("/api/v1/carrier-accounts")
	List<CarrierAccount> list(ShopId shop) {
		return this.accounts.list(shop).stream().map(CarrierAccount::masked).toList();
	}

	@PutMapping("/api/v1/carrier-accounts/{code}")
	CarrierAccount save(ShopId shop, @PathVariable String code, @Valid @RequestBody AccountRequest request) {
		return this.accounts
			.save(shop,
					new CarrierAccount(code, blank(request.apiKey()), blank(request.apiSecret()),
							blank(request.accountNumber()), blank(request.webhookSecret()), java.time.Instant.EPOCH))
			.masked();
	}

	@DeleteMapping("/api/v1/carrier-accounts/{code}")
	ResponseEntity<Void> delete(ShopId shop, @PathVariable String code) {
		this.accounts.delete(shop, code);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/carriers/unmapped-codes")
	List<UnmappedCode> unmapped(ShopId shop) {
		return this.feed.unmappedCodes(shop);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
