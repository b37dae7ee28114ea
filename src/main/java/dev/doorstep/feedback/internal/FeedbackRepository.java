package dev.doorstep.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.feedback.FeedbackSettings;
import dev.doorstep.feedback.Review;
import dev.doorstep.feedback.ReviewRequest;
import dev.doorstep.feedback.ReviewRequestStatus;
import dev.doorstep.feedback.ReviewStatus;
import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the feedback tables. Every statement filters by shop, except the look-up by the
 * review page's random token (its own key) and the scheduler's scan for due requests,
 * which takes every shop's due rows and then works per row's shop.
 */
@Repository
public class FeedbackRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Integer>> DELAYS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<FeedbackSettings> settings(ShopId shop) {
		return this.jdbc.sql("SELECT * FROM feedback_settings WHERE shop_id = :shop")
			.param("shop", shop.value())
			.query((rs, n) -> new FeedbackSettings(JSON.readValue(rs.getString("category_delays"), DELAYS),
					rs.getInt("default_delay_days"), rs.getBoolean("require_consent"), rs.getBoolean("nps_enabled")))
			.optional();
	}

	public void saveSettings(ShopId shop, FeedbackSettings settings, Instant now) {
		this.jdbc.sql("""
				INSERT INTO feedback_settings (shop_id, category_delays, default_delay_days, require_consent,
				  nps_enabled, updated_at)
				VALUES (:shop, CAST(:delays AS JSONB), :default, :consent, :nps, :now)
				ON CONFLICT (shop_id) DO UPDATE SET category_delays = CAST(:delays AS JSONB),
				  default_delay_days = :default, require_consent = :consent, nps_enabled = :nps, updated_at = :now
				""")
			.param("shop", shop.value())
			.param("delays", JSON.writeValueAsString(new java.util.TreeMap<>(settings.categoryDelays())))
			.param("default", settings.defaultDelayDays())
			.param("consent", settings.requireMarketingConsent())
			.param("nps", settings.npsEnabled())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Stores a new request; false when the order has one already. */
	public boolean insertRequest(ReviewRequest request) {
		return this.jdbc.sql("""
				INSERT INTO review_request (id, shop_id, order_id, token, status, reason, delivered_on, delay_days,
				  delay_source, due_at, decided_at, created_at)
				VALUES (:id, :shop, :order, :token, :status, :reason, :deliveredOn, :delayDays, :delaySource, :dueAt,
				  :decidedAt, :createdAt)
				ON CONFLICT (shop_id, order_id) DO NOTHING
				""")
			.param("id", request.id())
			.param("shop", request.shopId().value())
			.param("order", request.orderId().value())
			.param("token", request.token())
			.param("status", request.status().name())
			.param("reason", request.reason())
			.param("deliveredOn", request.deliveredOn())
			.param("delayDays", request.delayDays())
			.param("delaySource", request.delaySource())
			.param("dueAt", Timestamp.from(request.dueAt()))
			.param("decidedAt", (request.decidedAt() != null) ? Timestamp.from(request.decidedAt()) : null)
			.param("createdAt", Timestamp.from(request.createdAt()))
			.update() == 1;
	}

	public List<ReviewRequest> requestsForOrder(ShopId shop, OrderId order) {
		return this.jdbc.sql("SELECT * FROM review_request WHERE shop_id = :shop AND order_id = :order")
			.param("shop", shop.value())
			.param("order", order.value())
			.query(FeedbackRepository::request)
			.list();
	}

	public Optional<ReviewRequest> requestByToken(String token) {
		return this.jdbc.sql("SELECT * FROM review_request WHERE token = :token")
			.param("token", token)
			.query(FeedbackRepository::request)
			.optional();
	}

	/**
	 * Scheduled requests due at {@code now} (of one shop, or of all shops when
	 * {@code shop} is null), oldest first, locked for this round ({@code SKIP LOCKED}: a
	 * second instance takes others).
	 */
	public List<ReviewRequest> lockDue(@Nullable ShopId shop, Instant now, int limit) {
		String where = (shop != null) ? " AND shop_id = :shop" : "";
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("SELECT * FROM review_request WHERE status = 'SCHEDULED' AND due_at <= :now" + where
					+ " ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("now", Timestamp.from(now))
			.param("limit", limit);
		if (shop != null) {
			statement = statement.param("shop", shop.value());
		}
		return statement.query(FeedbackRepository::request).list();
	}

	/** Moves a scheduled request on; false when it is no longer scheduled. */
	public boolean decide(ShopId shop, UUID id, ReviewRequestStatus status, @Nullable String reason, Instant now) {
		return this.jdbc.sql("""
				UPDATE review_request SET status = :status, reason = :reason, decided_at = :now
				WHERE shop_id = :shop AND id = :id AND status = 'SCHEDULED'
				""")
			.param("shop", shop.value())
			.param("id", id)
			.param("status", status.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private static ReviewRequest request(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new ReviewRequest(rs.getObject("id", UUID.class), new ShopId(rs.getObject("shop_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), rs.getString("token"),
				ReviewRequestStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getObject("delivered_on", LocalDate.class), rs.getInt("delay_days"), rs.getString("delay_source"),
				rs.getTimestamp("due_at").toInstant(), (decided != null) ? decided.toInstant() : null,
				rs.getTimestamp("created_at").toInstant());
	}

	/** A review to store or update, with its photo (null keeps the one stored). */
	public record ReviewRow(ShopId shop, UUID requestId, OrderId order, String sku, String name,
			@Nullable String category, int stars, @Nullable String text, String author, byte @Nullable [] photo,
			@Nullable String photoType) {
	}

	/**
	 * Stores the review of an item, or updates the one stored for that request and item
	 * (back to PENDING: an edit is moderated again).
	 * @return the review's id
	 */
	public UUID upsertReview(ReviewRow row, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO review (id, shop_id, request_id, order_id, sku, name, category, stars, body, author, photo,
				  photo_type, status, created_at, updated_at)
				VALUES (:id, :shop, :request, :order, :sku, :name, :category, :stars, :body, :author, :photo,
				  :photoType, 'PENDING', :now, :now)
				ON CONFLICT (request_id, sku) DO UPDATE SET stars = :stars, body = :body, status = 'PENDING',
				  photo = COALESCE(:photo, review.photo), photo_type = COALESCE(:photoType, review.photo_type),
				  updated_at = :now
				WHERE review.shop_id = :shop
				RETURNING id
				""")
			.param("id", UUID.randomUUID())
			.param("shop", row.shop().value())
			.param("request", row.requestId())
			.param("order", row.order().value())
			.param("sku", row.sku())
			.param("name", row.name())
			.param("category", row.category())
			.param("stars", row.stars())
			.param("body", row.text())
			.param("author", row.author())
			.param("photo", row.photo(), java.sql.Types.BINARY)
			.param("photoType", row.photoType())
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.single();
	}

	private static final String REVIEW_COLUMNS = "id, shop_id, request_id, order_id, sku, name, category, stars, body,"
			+ " author, photo_type, status, reply, replied_at, created_at, updated_at";

	public List<Review> reviewsForRequest(ShopId shop, UUID request) {
		return this.jdbc
			.sql("SELECT " + REVIEW_COLUMNS
					+ " FROM review WHERE shop_id = :shop AND request_id = :request ORDER BY created_at, sku")
			.param("shop", shop.value())
			.param("request", request)
			.query(FeedbackRepository::review)
			.list();
	}

	public Optional<Review> review(ShopId shop, UUID id) {
		return this.jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM review WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.query(FeedbackRepository::review)
			.optional();
	}

	/** The shop's newest reviews, optionally of one status, star count and item. */
	public List<Review> searchReviews(ShopId shop, @Nullable ReviewStatus status, @Nullable Integer stars,
			@Nullable String sku, int limit) {
		StringBuilder where = new StringBuilder("shop_id = :shop");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("shop", shop.value());
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		if (stars != null) {
			where.append(" AND stars = :stars");
			params.put("stars", stars);
		}
		if (sku != null) {
			where.append(" AND sku = :sku");
			params.put("sku", sku);
		}
		return this.jdbc
			.sql("SELECT " + REVIEW_COLUMNS + " FROM review WHERE " + where
					+ " ORDER BY updated_at DESC, id LIMIT :limit")
			.params(params)
			.param("limit", limit)
			.query(FeedbackRepository::review)
			.list();
	}

	/** Moderation: sets the status; false when the shop has no such review. */
	public boolean moderate(ShopId shop, UUID id, ReviewStatus status, Instant now) {
		return this.jdbc.sql("UPDATE review SET status = :status, updated_at = :now WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The merchant's public answer; null removes it. */
	public boolean reply(ShopId shop, UUID id, @Nullable String reply, Instant now) {
		return this.jdbc.sql("UPDATE review SET reply = :reply, replied_at = :at WHERE shop_id = :shop AND id = :id")
			.param("shop", shop.value())
			.param("id", id)
			.param("reply", reply)
			.param("at", (reply != null) ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
			.update() == 1;
	}

	/** The photo's media type and bytes. */
	public Optional<Map.Entry<String, byte[]>> photo(ShopId shop, UUID id) {
		return this.jdbc
			.sql("SELECT photo_type, photo FROM review WHERE shop_id = :shop AND id = :id AND photo IS NOT NULL")
			.param("shop", shop.value())
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getString("photo_type"), rs.getBytes("photo")))
			.optional();
	}

	private static Review review(ResultSet rs, int n) throws SQLException {
		Timestamp replied = rs.getTimestamp("replied_at");
		return new Review(rs.getObject("id", UUID.class), new ShopId(rs.getObject("shop_id", UUID.class)),
				rs.getObject("request_id", UUID.class), new OrderId(rs.getObject("order_id", UUID.class)),
				rs.getString("sku"), rs.getString("name"), rs.getString("category"), rs.getInt("stars"),
				rs.getString("body"), rs.getString("author"), rs.getString("photo_type"),
				ReviewStatus.valueOf(rs.getString("status")), rs.getString("reply"),
				(replied != null) ? replied.toInstant() : null, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** A delivery rating as stored. */
	public record Rating(int csat, @Nullable String comment) {
	}

	/** The review page's delivery rating: a second answer replaces the first. */
	public void rateForRequest(ShopId shop, OrderId order, UUID request, int csat, @Nullable String comment,
			Instant now) {
		this.jdbc.sql("""
				INSERT INTO delivery_rating (id, shop_id, order_id, request_id, csat, comment, created_at, updated_at)
				VALUES (:id, :shop, :order, :request, :csat, :comment, :now, :now)
				ON CONFLICT (request_id) WHERE request_id IS NOT NULL
				DO UPDATE SET csat = :csat, comment = :comment, updated_at = :now WHERE delivery_rating.shop_id = :shop
				""")
			.param("id", UUID.randomUUID())
			.param("shop", shop.value())
			.param("order", order.value())
			.param("request", request)
			.param("csat", csat)
			.param("comment", comment)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The tracking page's delivery rating: once per parcel, false when it was rated. */
	public boolean rateParcel(ShopId shop, OrderId order, ShipmentId shipment, int csat, @Nullable String comment,
			Instant now) {
		return this.jdbc.sql("""
				INSERT INTO delivery_rating (id, shop_id, order_id, shipment_id, csat, comment, created_at, updated_at)
				VALUES (:id, :shop, :order, :shipment, :csat, :comment, :now, :now)
				ON CONFLICT (shipment_id) WHERE shipment_id IS NOT NULL DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("shop", shop.value())
			.param("order", order.value())
			.param("shipment", shipment.value())
			.param("csat", csat)
			.param("comment", comment)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public Optional<Rating> ratingForRequest(ShopId shop, UUID request) {
		return this.jdbc
			.sql("SELECT csat, comment FROM delivery_rating WHERE shop_id = :shop AND request_id = :request")
			.param("shop", shop.value())
			.param("request", request)
			.query((rs, n) -> new Rating(rs.getInt("csat"), rs.getString("comment")))
			.optional();
	}

	public Optional<Rating> ratingForParcel(ShopId shop, ShipmentId shipment) {
		return this.jdbc
			.sql("SELECT csat, comment FROM delivery_rating WHERE shop_id = :shop AND shipment_id = :shipment")
			.param("shop", shop.value())
			.param("shipment", shipment.value())
			.query((rs, n) -> new Rating(rs.getInt("csat"), rs.getString("comment")))
			.optional();
	}

	/**
	 * The NPS question of a request's page: asked (shown), and the score once answered.
	 */
	public record Nps(@Nullable Integer score) {
	}

	/** Whether this request's page asked the NPS question, and what was answered. */
	public Optional<Nps> npsForRequest(ShopId shop, UUID request) {
		return this.jdbc.sql("SELECT score FROM nps_answer WHERE shop_id = :shop AND request_id = :request")
			.param("shop", shop.value())
			.param("request", request)
			.query((rs, n) -> new Nps(rs.getObject("score", Integer.class)))
			.optional();
	}

	/**
	 * Whether another page of the shop showed the shopper the NPS question since then.
	 */
	public boolean npsAskedSince(ShopId shop, String emailHash, Instant since, UUID exceptRequest) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM nps_answer WHERE shop_id = :shop AND email_hash = :hash
				  AND asked_at > :since AND request_id <> :request)
				""")
			.param("shop", shop.value())
			.param("hash", emailHash)
			.param("since", Timestamp.from(since))
			.param("request", exceptRequest)
			.query(Boolean.class)
			.single();
	}

	/** Records that this request's page showed the NPS question (once). */
	public void npsAsked(ShopId shop, UUID request, String emailHash, Instant now) {
		this.jdbc.sql("""
				INSERT INTO nps_answer (id, shop_id, request_id, email_hash, asked_at)
				VALUES (:id, :shop, :request, :hash, :now)
				ON CONFLICT (request_id) DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("shop", shop.value())
			.param("request", request)
			.param("hash", emailHash)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Stores the NPS answer of a request's page; a second answer there replaces it. */
	public void answerNps(ShopId shop, UUID request, String emailHash, int score, Instant now) {
		this.jdbc.sql("""
				INSERT INTO nps_answer (id, shop_id, request_id, email_hash, asked_at, score, answered_at)
				VALUES (:id, :shop, :request, :hash, :now, :score, :now)
				ON CONFLICT (request_id) DO UPDATE SET score = :score, answered_at = :now
				WHERE nps_answer.shop_id = :shop
				""")
			.param("id", UUID.randomUUID())
			.param("shop", shop.value())
			.param("request", request)
			.param("hash", emailHash)
			.param("score", score)
			.param("now", Timestamp.from(now))
			.update();
	}

}
