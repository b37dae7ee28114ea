package dev.doorstep.embed.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import dev.doorstep.shop.PublicSites;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS preflights for {@code /embed/**} (the widget API and the thank-you fragment),
 * answered before security and MVC: {@code GET} with at most an {@code Authorization}
 * header, from an origin that some shop allows (its website's or one of its allowed
 * origins). A preflight carries no token, so it cannot tell the shop; the actual answer
 * then allows only the token's (or order's) shop's origins. Anything else: 403 without
 * CORS headers, and the browser refuses. No credentials (cookies) are ever allowed.
 */
class EmbedCorsFilter extends OncePerRequestFilter {

	private static final Set<String> HEADERS = Set.of("authorization");

	private final PublicSites sites;

	EmbedCorsFilter(PublicSites sites) {
		this.sites = sites;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		if (!"OPTIONS".equals(request.getMethod()) || origin == null || method == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
		if (allowed(origin, method, request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS))) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization");
			response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	private boolean allowed(String origin, String method, String headers) {
		if (!"GET".equals(method)) {
			return false;
		}
		if (headers != null && !headers.isBlank()
				&& !Arrays.stream(headers.split(","))
					.map(header -> header.strip().toLowerCase(Locale.ROOT))
					.filter(header -> !header.isEmpty())
					.allMatch(HEADERS::contains)) {
			return false;
		}
		return this.sites.anyShopAllows(origin);
	}

}
