package dev.doorstep.insert.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.doorstep.insert.DiscountCode;
import dev.doorstep.insert.InsertSettings;
import dev.doorstep.insert.Inserts;
import dev.doorstep.order.OrderId;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inserts over the merchant API: settings, the discount code pool, an order's code and
 * card, a day's cards as one PDF, and the CSV of codes given out.
 */
@RestController
class InsertController {

	private final Inserts inserts;

	InsertController(Inserts inserts) {
		this.inserts = inserts;
	}

	@GetMapping("/api/v1/inserts/settings")
	InsertSettings settings(ShopId shop) {
		return this.inserts.settings(shop);
	}

	/** The settings as sent: a missing field keeps the default of a new shop. */
	record SettingsJson(@Nullable Boolean enabled, InsertSettings.@Nullable Source source, @Nullable String pattern,
			InsertSettings.@Nullable DiscountType discountType, @Nullable BigDecimal discountValue,
			@Nullable String currency, @Nullable Integer validDays, @Nullable String message) {

		InsertSettings settings() {
			InsertSettings d = InsertSettings.defaults();
			return new InsertSettings(this.enabled != null ? this.enabled : d.enabled(),
					this.source != null ? this.source : d.source(), this.pattern != null ? this.pattern : d.pattern(),
					this.discountType != null ? this.discountType : d.discountType(),
					this.discountValue != null ? this.discountValue : d.discountValue(), this.currency,
					this.validDays != null ? this.validDays : d.validDays(), this.message);
		}

	}

	@PutMapping("/api/v1/inserts/settings")
	InsertSettings saveSettings(ShopId shop, @RequestBody SettingsJson body) {
		return this.inserts.saveSettings(shop, body.settings());
	}

	record CodesJson(@NotNull List<@NotNull String> codes) {
	}

	/** Codes for the pool, e.g. exported from the shop system's discount module. */
	@PostMapping("/api/v1/inserts/codes")
	ImportJson importCodes(ShopId shop, @Valid @RequestBody CodesJson body) {
		Inserts.ImportResult result = this.inserts.importCodes(shop, body.codes());
		return new ImportJson(result.added(), result.duplicates(), this.inserts.poolSize(shop));
	}

	record ImportJson(int added, int skipped, int poolSize) {
	}

	@GetMapping(path = "/api/v1/inserts/codes.csv", produces = "text/csv")
	ResponseEntity<String> export(ShopId shop, @RequestParam String from, @RequestParam String to) {
		LocalDate start = day("from", from);
		LocalDate end = day("to", to);
		if (end.isBefore(start)) {
			throw new InvalidRequestException("to", "must not be before from");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"discount-codes-" + start + "-" + end + ".csv\"")
			.body(this.inserts.exportCsv(shop, start, end));
	}

	@ApiProblems(org.springframework.http.HttpStatus.CONFLICT)
	@GetMapping("/api/v1/orders/{id}/insert")
	DiscountCode code(ShopId shop, @PathVariable UUID id) {
		return switch (this.inserts.codeFor(shop, new OrderId(id))) {
			case Inserts.CodeResult.Assigned assigned -> assigned.code();
			case Inserts.CodeResult.PoolEmpty empty ->
				throw new ConflictException("codes", "the pool of discount codes is empty: import more");
			case Inserts.CodeResult.Disabled disabled ->
				throw new ConflictException("enabled", "inserts are switched off for this shop");
			case Inserts.CodeResult.OrderNotFound missing -> throw new NotFoundException("Order", id);
		};
	}

	@GetMapping(path = "/api/v1/orders/{id}/insert.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> card(ShopId shop, @PathVariable UUID id) {
		byte[] pdf = this.inserts.card(shop, new OrderId(id)).orElseThrow(() -> new NotFoundException("Order", id));
		return pdf(pdf, "insert-" + id + ".pdf");
	}

	/** A day's cards in one PDF, for printing at the packing table. */
	@PostMapping(path = "/api/v1/inserts/batch", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> batch(ShopId shop, @RequestParam String date) {
		LocalDate day = day("date", date);
		Inserts.Batch batch = this.inserts.batch(shop, day, Inserts.BatchProgress.none());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"inserts-" + day + ".pdf\"")
			.header("X-Doorstep-Cards", Integer.toString(batch.cards()))
			.body(batch.pdf());
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
			.body(pdf);
	}

	private static LocalDate day(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, "must be a date as YYYY-MM-DD");
		}
	}

}
