package dev.doorstep.embed.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import dev.doorstep.embed.internal.CustomerOrders;
import dev.doorstep.embed.internal.EmbedLimiter;
import dev.doorstep.embed.internal.EmbedTokens;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The widgets' side of Doorstep: the script ({@code /embed/doorstep.js}) and the orders
 * of a token's customer ({@code GET /embed/api/orders}, token as
 * {@code Authorization: Bearer} or {@code ?token=}). Answers carry CORS headers for the
 * token's shop's allowed origins only.
 */
@RestController
class EmbedApiController {

	static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

	private final EmbedTokens tokens;

	private final EmbedLimiter limiter;

	private final CustomerOrders orders;

	private final PublicSites sites;

	private final EmbedRequests requests;

	private final byte[] script;

	private final String etag;

	EmbedApiController(EmbedTokens tokens, EmbedLimiter limiter, CustomerOrders orders, PublicSites sites,
			EmbedRequests requests) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.orders = orders;
		this.sites = sites;
		this.requests = requests;
		try (InputStream in = new ClassPathResource("embed/doorstep.js").getInputStream()) {
			this.script = in.readAllBytes();
			this.etag = "\"" + HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(this.script))
				.substring(0, 16) + "\"";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The widget script: cacheable for an hour (and revalidated by ETag), loadable from
	 * any page; it reads nothing until an element asks.
	 */
	@GetMapping("/embed/doorstep.js")
	ResponseEntity<byte[]> script(
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.eTag(this.etag)
			.header("X-Content-Type-Options", "nosniff")
			.header("Cross-Origin-Resource-Policy", "cross-origin")
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		if (this.etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.eTag(this.etag)
				.build();
		}
		return response.contentType(JAVASCRIPT).body(this.script);
	}

	@GetMapping(path = "/embed/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> orders(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
			@RequestParam(required = false) @Nullable String token,
			@RequestHeader(name = HttpHeaders.ORIGIN, required = false) @Nullable String origin,
			HttpServletRequest request) {
		String presented = (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) ? auth.substring(7).strip()
				: token;
		if (presented == null || presented.isBlank()) {
			return unauthorized("missing", origin);
		}
		Optional<Duration> wait = this.limiter.take(this.requests.client(request), presented);
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
					"Try again in " + seconds + " s.");
			return problem(problem, anyShop(origin)).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
				.body(problem);
		}
		return switch (this.tokens.verify(presented)) {
			case EmbedTokens.Verdict.Rejected rejected -> unauthorized(rejected.reason(), origin);
			case EmbedTokens.Verdict.Valid valid -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.headers(cors(valid.customer().shop(), origin))
				.body(this.orders.of(valid.customer()));
		};
	}

	private ResponseEntity<ProblemDetail> unauthorized(String reason, @Nullable String origin) {
		ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
				"expired".equals(reason) ? "The token has expired: ask the shop's page for a new one."
						: "A valid widget token is needed (Authorization: Bearer or ?token=).");
		return problem(problem, anyShop(origin)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.body(problem);
	}

	private static ResponseEntity.BodyBuilder problem(ProblemDetail problem, HttpHeaders cors) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.headers(cors);
	}

	/** CORS for the token's shop's origins. */
	private HttpHeaders cors(ShopId shop, @Nullable String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		if (origin != null && this.sites.allows(shop, origin)) {
			headers.setAccessControlAllowOrigin(origin);
		}
		return headers;
	}

	/**
	 * CORS for errors, where no token tells the shop: any shop's origin may read why its
	 * widget failed (the body names no shop and no customer).
	 */
	private HttpHeaders anyShop(@Nullable String origin) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		if (origin != null && this.sites.anyShopAllows(origin)) {
			headers.setAccessControlAllowOrigin(origin);
		}
		return headers;
	}

}
