package dev.doorstep.shop.security;

import java.io.IOException;
import java.util.Optional;

import dev.doorstep.shop.ApiKeys;
import dev.doorstep.shop.ShopId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} against the shop's API keys. A
 * request without a valid key stays anonymous and is refused by the entry point with a
 * 401 problem.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeys keys;

	ApiKeyAuthenticationFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String secret = header.substring(BEARER.length()).trim();
			Optional<ShopId> shop = secret.isEmpty() ? Optional.empty() : this.keys.authenticate(secret);
			if (shop.isPresent()) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new ApiKeyAuthentication(shop.get()));
				SecurityContextHolder.setContext(context);
			}
			else {
				request.setAttribute(ProblemAuthenticationEntryPoint.REASON_ATTRIBUTE,
						"the API key is unknown or revoked");
			}
		}
		chain.doFilter(request, response);
	}

}
