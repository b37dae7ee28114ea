package dev.doorstep.feedback.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.feedback.Review;
import dev.doorstep.feedback.Reviews;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/{shopSlug}/reviews?sku=}: a shop's approved reviews for its
 * product pages, without an API key. Public and cacheable (5 minutes, with an ETag so a
 * page's script or CDN revalidates for free); it shows what the product page shows
 * anyway: stars, text, the merchant's reply and the author as first name and initial,
 * never an email, order or address.
 */
@RestController
class PublicReviewsController {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Shops shops;

	private final Reviews reviews;

	PublicReviewsController(Shops shops, Reviews reviews) {
		this.shops = shops;
		this.reviews = reviews;
	}

	/** One public review. */
	record PublicReview(String sku, String product, int stars, @Nullable String text, String author,
			@Nullable String reply, String date) {

		static PublicReview of(Review r) {
			return new PublicReview(r.sku(), r.name(), r.stars(), r.text(), r.author(), r.reply(),
					r.createdAt().toString().substring(0, 10));
		}

	}

	@GetMapping("/api/public/{shopSlug}/reviews")
	ResponseEntity<String> reviews(@PathVariable String shopSlug, @RequestParam(required = false) @Nullable String sku,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		Shop shop = this.shops.findBySlug(shopSlug).orElseThrow(() -> new NotFoundException("Shop", shopSlug));
		String item = (sku == null || sku.isBlank()) ? null : sku.strip();
		List<PublicReview> approved = this.reviews.approved(shop.id(), item).stream().map(PublicReview::of).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("shop", shop.slug());
		body.put("sku", item);
		body.put("count", approved.size());
		body.put("averageStars", approved.isEmpty() ? null
				: Math.round(approved.stream().mapToInt(PublicReview::stars).average().orElse(0) * 10) / 10.0);
		body.put("reviews", approved);
		String json = JSON.writeValueAsString(body);
		String etag = "\"" + hash(json) + "\"";
		CacheControl cache = CacheControl.maxAge(MAX_AGE).cachePublic();
		if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(etag).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(cache)
			.eTag(etag)
			// Product pages of the shop's own domain read it from the browser.
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(json);
	}

	private static String hash(String json) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
