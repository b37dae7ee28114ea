package dev.doorstep.tracking.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.tracking.TrackingProperties;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders shopper pages from {@code templates/tracking/} in a language the controller
 * chose, with the headers every such page carries: not indexed (they are personal), and
 * cacheable only by the shopper's own browser.
 */
@Component
public class Pages {

	private final ITemplateEngine templates;

	private final TrackingProperties properties;

	private final @Nullable Cache<Fragment, String> fragments;

	Pages(ITemplateEngine templates, TrackingProperties properties) {
		this.templates = templates;
		this.properties = properties;
		// The page's per-request sections (updates, actions, blocks) take only the
		// values in their model, and most views repeat the same values: rendering them
		// again cost more than all the page's queries together.
		this.fragments = properties.renderedPageTtl().isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(properties.renderedPageTtl())
					.maximumSize(properties.renderedPages())
					.build();
	}

	/**
	 * A template with the values it was rendered from: records and maps compare by value.
	 */
	private record Fragment(String template, Locale locale, Map<String, Object> model) {
	}

	/** A page the browser may keep for {@code doorstep.tracking.page-max-age}. */
	public ResponseEntity<String> cacheable(HttpStatusCode status, String template, Locale locale,
			Map<String, Object> model) {
		return render(status, template, locale, model, CacheControl.maxAge(this.properties.pageMaxAge()).cachePrivate(),
				HttpHeaders.EMPTY);
	}

	/** A page that answers one request only (a form result, an error). */
	public ResponseEntity<String> once(HttpStatusCode status, String template, Locale locale,
			Map<String, Object> model) {
		return once(status, template, locale, model, HttpHeaders.EMPTY);
	}

	public ResponseEntity<String> once(HttpStatusCode status, String template, Locale locale, Map<String, Object> model,
			HttpHeaders extra) {
		return render(status, template, locale, model, CacheControl.noStore(), extra);
	}

	/** The page for a link or shop that does not exist, in the neutral language. */
	public ResponseEntity<String> notFound() {
		return once(HttpStatus.NOT_FOUND, "tracking/message", Languages.NEUTRAL, Map.of("key", "notfound"));
	}

	/**
	 * The HTML of a template whose model holds only values (records, strings, lists and
	 * maps of them), reused while the same values come again.
	 */
	public String fragment(String template, Locale locale, Map<String, Object> model) {
		if (this.fragments == null) {
			return html(template, locale, model);
		}
		return this.fragments.get(new Fragment(template, locale, model), key -> html(template, locale, model));
	}

	/** The HTML of a template, for a caller that keeps it. */
	public String html(String template, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		context.setVariable("lang", locale.getLanguage());
		return this.templates.process(template, context);
	}

	/** A page rendered earlier, with the headers of {@link #cacheable}. */
	public ResponseEntity<String> cacheable(Locale locale, String html) {
		return respond(HttpStatus.OK, locale, html, CacheControl.maxAge(this.properties.pageMaxAge()).cachePrivate(),
				HttpHeaders.EMPTY);
	}

	/**
	 * A gzip-compressed page ({@link CompressedPages}), kept by the browser like
	 * {@link #cacheable} or not at all.
	 */
	public ResponseEntity<byte[]> gzipped(Locale locale, byte[] gzip, boolean cacheable) {
		HttpHeaders encoding = new HttpHeaders();
		encoding.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		encoding.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ACCEPT_ENCODING));
		return respond(HttpStatus.OK, locale, gzip,
				cacheable ? CacheControl.maxAge(this.properties.pageMaxAge()).cachePrivate() : CacheControl.noStore(),
				encoding);
	}

	/** A page rendered earlier that answers one request only, e.g. a form with errors. */
	public ResponseEntity<String> once(HttpStatusCode status, Locale locale, String html) {
		return respond(status, locale, html, CacheControl.noStore(), HttpHeaders.EMPTY);
	}

	private ResponseEntity<String> render(HttpStatusCode status, String template, Locale locale,
			Map<String, Object> model, CacheControl cache, HttpHeaders extra) {
		return respond(status, locale, html(template, locale, model), cache, extra);
	}

	private <T> ResponseEntity<T> respond(HttpStatusCode status, Locale locale, T body, CacheControl cache,
			HttpHeaders extra) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.header("X-Robots-Tag", "noindex")
			.headers(extra)
			.body(body);
	}

	/** Whole minutes to show a limited shopper, never less than one. */
	public static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
