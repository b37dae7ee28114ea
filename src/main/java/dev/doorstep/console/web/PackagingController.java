package dev.doorstep.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import dev.doorstep.packaging.Packaging;
import dev.doorstep.packaging.PackagingDay;
import dev.doorstep.packaging.Recommendation;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Right-size packaging in the console: for one day, each parcel reported that day with
 * the box (or boxes) it should go in, fill rate and void, and the void volume the day
 * saves against always using the standard box.
 */
@ConsoleController
class PackagingController {

	private final Packaging packaging;

	PackagingController(Packaging packaging) {
		this.packaging = packaging;
	}

	@GetMapping("/console/packaging")
	String day(ConsoleContext console, @RequestParam(required = false) @Nullable String date, Model model,
			HttpServletResponse response) {
		LocalDate today = LocalDate.now(console.shop().timeZone());
		LocalDate day = today;
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				response.setStatus(422);
				model.addAttribute("errors", Map.of("date", "must be a date (YYYY-MM-DD)"));
			}
		}
		PackagingDay report = this.packaging.day(console.shopId(), day, console.shop().timeZone());
		model.addAttribute("day", report);
		model.addAttribute("rows", report.parcels().stream().map(Row::of).toList());
		model.addAttribute("boxCount", this.packaging.boxes(console.shopId()).size());
		model.addAttribute("previous", day.minusDays(1));
		model.addAttribute("next", day.plusDays(1));
		model.addAttribute("today", today);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "console/packaging";
	}

	/**
	 * One parcel as the page shows it: its recommendation, or the message key saying why
	 * there is none and the SKUs (or limit) it names.
	 */
	record Row(PackagingDay.Parcel parcel, Recommendation.@Nullable Packed packed, @Nullable String problemKey,
			String problemArg) {

		static Row of(PackagingDay.Parcel parcel) {
			return switch (parcel.recommendation()) {
				case Recommendation.Packed packed -> new Row(parcel, packed, null, "");
				case Recommendation.UnknownDimensions unknown ->
					new Row(parcel, null, "console.packaging.unknown", String.join(", ", unknown.skus()));
				case Recommendation.TooLarge large ->
					new Row(parcel, null, "console.packaging.tooLarge", String.join(", ", large.skus()));
				case Recommendation.NoBoxes none -> new Row(parcel, null, "console.packaging.noBoxes", "");
				case Recommendation.TooMany many ->
					new Row(parcel, null, "console.packaging.tooMany", Integer.toString(many.maxBoxes()));
			};
		}

		public List<Recommendation.BoxLoad> boxes() {
			return (this.packed != null) ? this.packed.boxes() : List.of();
		}

	}

}
