package dev.doorstep.console.web;

import java.util.Arrays;
import java.util.UUID;

import dev.doorstep.feedback.ReviewStatus;
import dev.doorstep.feedback.Reviews;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review moderation: the shop's reviews filtered by status and stars, each with its
 * photo, approve, reject and a public reply. New and edited reviews wait as PENDING; only
 * approved ones reach the public reviews API. Agents moderate too: it is customer
 * service, not shop configuration.
 */
@ConsoleController
class ReviewsController {

	private final Reviews reviews;

	ReviewsController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/console/reviews")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer stars, Model model) {
		ReviewStatus chosen = status(status);
		Integer chosenStars = (stars != null && stars >= 1 && stars <= 5) ? stars : null;
		model.addAttribute("reviews", this.reviews.list(console.shopId(), chosen, chosenStars, null));
		model.addAttribute("statuses", Arrays.asList(ReviewStatus.values()));
		model.addAttribute("status", chosen);
		model.addAttribute("stars", chosenStars);
		return "console/reviews";
	}

	@PostMapping("/console/reviews/{id}/approve")
	String approve(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		this.reviews.moderate(console.shopId(), id, ReviewStatus.APPROVED);
		redirect.addFlashAttribute("done", "approved");
		return "redirect:/console/reviews";
	}

	@PostMapping("/console/reviews/{id}/reject")
	String reject(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		this.reviews.moderate(console.shopId(), id, ReviewStatus.REJECTED);
		redirect.addFlashAttribute("done", "rejected");
		return "redirect:/console/reviews";
	}

	@PostMapping("/console/reviews/{id}/reply")
	String reply(ConsoleContext console, @PathVariable UUID id, @RequestParam(defaultValue = "") String reply,
			RedirectAttributes redirect) {
		try {
			this.reviews.reply(console.shopId(), id, reply);
			redirect.addFlashAttribute("done", reply.isBlank() ? "reply-removed" : "replied");
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("done", "reply-too-long");
		}
		return "redirect:/console/reviews";
	}

	@GetMapping("/console/reviews/{id}/photo")
	ResponseEntity<byte[]> photo(ConsoleContext console, @PathVariable UUID id) {
		return this.reviews.photo(console.shopId(), id)
			.map(photo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(photo.getKey()))
				.cacheControl(CacheControl.noStore())
				// Shown as an image only, never run as anything else.
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'")
				.body(photo.getValue()))
			.orElse(ResponseEntity.notFound().build());
	}

	private static @Nullable ReviewStatus status(@Nullable String value) {
		for (ReviewStatus status : ReviewStatus.values()) {
			if (status.name().equals(value)) {
				return status;
			}
		}
		return null;
	}

}
