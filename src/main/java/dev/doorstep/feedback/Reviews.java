package dev.doorstep.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.feedback.internal.FeedbackProperties;
import dev.doorstep.feedback.internal.FeedbackRepository;
import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.ImageTypes;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.OutboundEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What shoppers say: the review page behind a sent request's token (stars, text and a
 * photo per item, delivery satisfaction, NPS at most once per {@link #NPS_INTERVAL} per
 * shopper), delivery satisfaction per parcel from the tracking page, and the merchant's
 * moderation (approve, reject, reply). Only approved reviews are public.
 */
@Service
public class Reviews {

	/** Longest review text, reply or comment. */
	public static final int MAX_TEXT = 2000;

	/** A shopper is asked the NPS question at most once in this time. */
	public static final Duration NPS_INTERVAL = Duration.ofDays(90);

	private final FeedbackRepository repository;

	private final ReviewRequests requests;

	private final Orders orders;

	private final FeedbackProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(FeedbackRepository repository, ReviewRequests requests, Orders orders, FeedbackProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.requests = requests;
		this.orders = orders;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The review page of a token: the request (sent ones only: nobody else has the link),
	 * its order, what the shopper said so far and whether the NPS question is asked.
	 */
	public Optional<ReviewPage> page(String token) {
		if (token.length() != 32) {
			return Optional.empty();
		}
		return this.repository.requestByToken(token)
			.filter(request -> request.status() == ReviewRequestStatus.SENT)
			.flatMap(request -> this.orders.find(request.shopId(), request.orderId())
				.map(order -> page(request, order)));
	}

	private ReviewPage page(ReviewRequest request, Order order) {
		ShopId shop = request.shopId();
		Map<String, Review> reviews = new LinkedHashMap<>();
		this.repository.reviewsForRequest(shop, request.id()).forEach(review -> reviews.put(review.sku(), review));
		FeedbackRepository.Nps asked = this.repository.npsForRequest(shop, request.id()).orElse(null);
		Integer nps = (asked != null) ? asked.score() : null;
		FeedbackRepository.Rating rating = this.repository.ratingForRequest(shop, request.id()).orElse(null);
		return new ReviewPage(request, order, items(order), reviews, (rating != null) ? rating.csat() : null,
				(rating != null) ? rating.comment() : null, askNps(request, order, asked != null), nps);
	}

	/** The order's items once per SKU, in the order's order. */
	private static List<Order.LineItem> items(Order order) {
		Map<String, Order.LineItem> items = new LinkedHashMap<>();
		order.items().forEach(item -> items.putIfAbsent(item.sku(), item));
		return List.copyOf(items.values());
	}

	/**
	 * Whether the page asks NPS: when the shop wants it, and this page showed it before
	 * (to change the answer) or no other page of the shop showed it to the shopper in the
	 * last 90 days.
	 */
	private boolean askNps(ReviewRequest request, Order order, boolean askedHere) {
		if (!this.requests.settings(request.shopId()).npsEnabled()) {
			return false;
		}
		if (askedHere) {
			return true;
		}
		String hash = shopperHash(order);
		return hash != null && !this.repository.npsAskedSince(request.shopId(), hash,
				this.clock.instant().minus(NPS_INTERVAL), request.id());
	}

	/**
	 * The review page as the shopper opens it: {@link #page}, and when it shows the NPS
	 * question, the record that it was shown, so that no other page asks it for 90 days
	 * whether it is answered or not.
	 */
	@Transactional
	public Optional<ReviewPage> open(String token) {
		Optional<ReviewPage> page = page(token);
		page.filter(ReviewPage::askNps).ifPresent(shown -> {
			String hash = shopperHash(shown.order());
			if (hash != null) {
				this.repository.npsAsked(shown.request().shopId(), shown.request().id(), hash, this.clock.instant());
			}
		});
		return page;
	}

	/**
	 * The review page's state.
	 *
	 * @param reviews what the shopper said per SKU so far
	 * @param csat the delivery rating given on this page, or null
	 * @param askNps whether the NPS question is on the page
	 * @param nps the NPS score given on this page, or null
	 */
	public record ReviewPage(ReviewRequest request, Order order, List<Order.LineItem> items,
			Map<String, Review> reviews, @Nullable Integer csat, @Nullable String csatComment, boolean askNps,
			@Nullable Integer nps) {
	}

	/** What the shopper sent from the review page. */
	public record Submission(List<ItemAnswer> items, @Nullable Integer csat, @Nullable String csatComment,
			@Nullable Integer nps) {
	}

	/**
	 * One item's answer; an item without stars is skipped.
	 *
	 * @param photo the uploaded file's bytes, or null/empty without one
	 */
	public record ItemAnswer(String sku, @Nullable Integer stars, @Nullable String text, byte @Nullable [] photo) {
	}

	/** What became of a submission. */
	public sealed interface SubmitResult {

		/** Stored (or updated): the reviews of this page now. */
		record Saved(List<Review> reviews) implements SubmitResult {
		}

		/**
		 * Nothing stored; each violation's message is a message key
		 * ({@code feedback.error.*}), fields are {@code item.<sku>.stars},
		 * {@code item.<sku>.text}, {@code item.<sku>.photo}, {@code csat}, {@code nps},
		 * {@code form}.
		 */
		record Invalid(List<FieldViolation> violations) implements SubmitResult {
		}

		/** No sent request has this token. */
		record NotFound() implements SubmitResult {
		}

	}

	/**
	 * Stores the page's answers after checking all of them; nothing is stored when one is
	 * wrong. A second submission updates the reviews (and moderates them again), the
	 * rating and the NPS answer, never adds to them.
	 */
	@Transactional
	public SubmitResult submit(String token, Submission submission) {
		ReviewPage page = page(token).orElse(null);
		if (page == null) {
			return new SubmitResult.NotFound();
		}
		List<FieldViolation> violations = new ArrayList<>();
		List<FeedbackRepository.ReviewRow> rows = new ArrayList<>();
		ShopId shop = page.request().shopId();
		String author = author(page.order());
		for (ItemAnswer answer : submission.items()) {
			Order.LineItem item = page.items()
				.stream()
				.filter(line -> line.sku().equals(answer.sku()))
				.findFirst()
				.orElse(null);
			if (item == null) {
				continue;
			}
			String field = "item." + item.sku() + ".";
			String text = strip(answer.text());
			byte[] photo = (answer.photo() != null && answer.photo().length > 0) ? answer.photo() : null;
			if (answer.stars() == null) {
				if (text != null || photo != null) {
					violations.add(new FieldViolation(field + "stars", "feedback.error.stars.required"));
				}
				continue;
			}
			if (answer.stars() < 1 || answer.stars() > 5) {
				violations.add(new FieldViolation(field + "stars", "feedback.error.stars.range"));
			}
			if (text != null && text.length() > MAX_TEXT) {
				violations.add(new FieldViolation(field + "text", "feedback.error.text.too-long"));
			}
			String photoType = null;
			if (photo != null) {
				if (photo.length > this.properties.maxPhotoSize().toBytes()) {
					violations.add(new FieldViolation(field + "photo", "feedback.error.photo.too-large"));
				}
				else {
					photoType = ImageTypes.contentType(photo).orElse(null);
					if (photoType == null) {
						violations.add(new FieldViolation(field + "photo", "feedback.error.photo.type"));
					}
				}
			}
			rows.add(new FeedbackRepository.ReviewRow(shop, page.request().id(), page.order().id(), item.sku(),
					item.name(), item.category(), answer.stars(), text, author, photo, photoType));
		}
		if (submission.csat() != null && (submission.csat() < 1 || submission.csat() > 5)) {
			violations.add(new FieldViolation("csat", "feedback.error.csat.range"));
		}
		String comment = strip(submission.csatComment());
		if (comment != null && comment.length() > MAX_TEXT) {
			violations.add(new FieldViolation("csat", "feedback.error.text.too-long"));
		}
		Integer nps = page.askNps() ? submission.nps() : null;
		if (nps != null && (nps < 0 || nps > 10)) {
			violations.add(new FieldViolation("nps", "feedback.error.nps.range"));
		}
		if (violations.isEmpty() && rows.isEmpty() && submission.csat() == null && nps == null) {
			violations.add(new FieldViolation("form", "feedback.error.empty"));
		}
		if (!violations.isEmpty()) {
			return new SubmitResult.Invalid(violations);
		}
		Instant now = this.clock.instant();
		for (FeedbackRepository.ReviewRow row : rows) {
			UUID id = this.repository.upsertReview(row, now);
			Review review = this.repository.review(shop, id).orElseThrow();
			this.events.publishEvent(new ReviewSubmitted(id, shop, row.order(), row.sku(), row.category(), row.stars(),
					row.text() != null, review.hasPhoto(), now));
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("reviewId", id.toString());
			data.put("orderId", row.order().value().toString());
			data.put("sku", row.sku());
			data.put("stars", row.stars());
			data.put("hasText", row.text() != null);
			data.put("hasPhoto", review.hasPhoto());
			data.put("status", review.status().name());
			this.events.publishEvent(new OutboundEvent(shop, "review.submitted", id.toString(), now, data));
		}
		if (submission.csat() != null) {
			this.repository.rateForRequest(shop, page.order().id(), page.request().id(), submission.csat(), comment,
					now);
			this.events.publishEvent(new DeliveryRated(shop, page.order().id(), null, submission.csat(), now));
			this.events.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(shop, page.order().id()));
		}
		if (nps != null) {
			String hash = shopperHash(page.order());
			this.repository.answerNps(shop, page.request().id(), (hash != null) ? hash : "order:" + page.order().id(),
					nps, now);
			this.events.publishEvent(new NpsAnswered(shop, page.order().id(), nps, now));
		}
		return new SubmitResult.Saved(this.repository.reviewsForRequest(shop, page.request().id()));
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** First name and the last name's initial: all the public sees of the shopper. */
	static String author(Order order) {
		String first = strip(order.customer().firstName());
		String last = strip(order.customer().lastName());
		if (first == null) {
			return (last != null) ? last.substring(0, 1).toUpperCase(Locale.ROOT) + "." : "–";
		}
		return (last != null) ? first + " " + last.substring(0, 1).toUpperCase(Locale.ROOT) + "." : first;
	}

	/**
	 * SHA-256 of the shopper's email, lower-cased: tells repeat shoppers apart for the
	 * NPS interval without storing the address again.
	 */
	private static @Nullable String shopperHash(Order order) {
		String email = order.customer().email();
		if (email == null || email.isBlank()) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The shop's newest reviews (at most 200), optionally filtered. */
	public List<Review> list(ShopId shop, @Nullable ReviewStatus status, @Nullable Integer stars,
			@Nullable String sku) {
		return this.repository.searchReviews(shop, status, stars, sku, 200);
	}

	/** The approved reviews of an item (all items without a SKU), newest first. */
	public List<Review> approved(ShopId shop, @Nullable String sku) {
		return this.repository.searchReviews(shop, ReviewStatus.APPROVED, null, sku, 200);
	}

	public Review get(ShopId shop, UUID id) {
		return this.repository.review(shop, id).orElseThrow(() -> new NotFoundException("Review", id));
	}

	/** Approves or rejects a review (again: the merchant may change their mind). */
	@Transactional
	public Review moderate(ShopId shop, UUID id, ReviewStatus status) {
		if (status == ReviewStatus.PENDING || !this.repository.moderate(shop, id, status, this.clock.instant())) {
			throw (status == ReviewStatus.PENDING)
					? new InvalidRequestException("status", "must be APPROVED or REJECTED")
					: new NotFoundException("Review", id);
		}
		return get(shop, id);
	}

	/** The merchant's public answer under the review; blank removes it. */
	@Transactional
	public Review reply(ShopId shop, UUID id, @Nullable String reply) {
		String text = strip(reply);
		if (text != null && text.length() > MAX_TEXT) {
			throw new InvalidRequestException("reply", "must be at most " + MAX_TEXT + " characters");
		}
		if (!this.repository.reply(shop, id, text, this.clock.instant())) {
			throw new NotFoundException("Review", id);
		}
		return get(shop, id);
	}

	/** A review's photo: media type and bytes. */
	public Optional<Map.Entry<String, byte[]>> photo(ShopId shop, UUID id) {
		return this.repository.photo(shop, id);
	}

	/** The parcel's delivery rating from its tracking page, if given. */
	public Optional<Integer> parcelRating(Shipment shipment) {
		return this.repository.ratingForParcel(shipment.shopId(), shipment.id()).map(FeedbackRepository.Rating::csat);
	}

	/** Whether the tracking page asks for a delivery rating: delivered, not rated yet. */
	public boolean asksParcelRating(Shipment shipment) {
		return shipment.status() == TrackingStatus.DELIVERED && !shipment.returnParcel()
				&& parcelRating(shipment).isEmpty();
	}

	/** What became of a parcel's rating. */
	public enum RateResult {

		SAVED, ALREADY_RATED, NOT_DELIVERED, INVALID

	}

	/** Rates a delivered parcel, once. */
	@Transactional
	public RateResult rateParcel(Shipment shipment, @Nullable Integer csat, @Nullable String comment) {
		if (shipment.status() != TrackingStatus.DELIVERED || shipment.returnParcel()) {
			return RateResult.NOT_DELIVERED;
		}
		String text = strip(comment);
		if (csat == null || csat < 1 || csat > 5 || (text != null && text.length() > MAX_TEXT)) {
			return RateResult.INVALID;
		}
		Instant now = this.clock.instant();
		if (!this.repository.rateParcel(shipment.shopId(), shipment.orderId(), shipment.id(), csat, text, now)) {
			return RateResult.ALREADY_RATED;
		}
		this.events.publishEvent(new DeliveryRated(shipment.shopId(), shipment.orderId(), shipment.id(), csat, now));
		this.events
			.publishEvent(new dev.doorstep.tracking.ShopperActionsChanged(shipment.shopId(), shipment.orderId()));
		return RateResult.SAVED;
	}

}
