package dev.doorstep.console.web;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous and next links of a paged list that keep the list's filters.
 */
public record Pager(int page, int totalPages, long totalElements, int size, @Nullable String previousUrl,
		@Nullable String nextUrl) {

	static final int PAGE_SIZE = 25;

	static Pager of(String path, Map<String, @Nullable String> filters, int page, int totalPages, long totalElements) {
		return new Pager(page, totalPages, totalElements, PAGE_SIZE, (page > 0) ? url(path, filters, page - 1) : null,
				(page + 1 < totalPages) ? url(path, filters, page + 1) : null);
	}

	/** The first row shown, counted from 1 (0 when the list is empty). */
	public long from() {
		return (this.totalElements == 0) ? 0 : (long) this.page * this.size + 1;
	}

	public long to() {
		return Math.min(this.totalElements, (long) (this.page + 1) * this.size);
	}

	private static String url(String path, Map<String, @Nullable String> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> builder.queryParamIfPresent(name,
				Optional.ofNullable(value).filter(v -> !v.isBlank())));
		if (page > 0) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

	/** A page number from the request, clamped to the first page. */
	static int pageNumber(@Nullable Integer requested) {
		return (requested == null || requested < 0) ? 0 : Math.min(requested, 100_000);
	}

}
