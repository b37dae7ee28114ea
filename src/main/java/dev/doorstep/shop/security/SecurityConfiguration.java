package dev.doorstep.shop.security;

import dev.doorstep.shop.ApiKeys;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors: the API ({@code /api/**}) takes shop API keys and no sessions; the console
 * takes a form login with sessions and CSRF. Public pages (tracking, look-up, assets)
 * need neither.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The public reviews API ({@code GET /api/public/{shopSlug}/reviews}): read-only
	 * approved reviews for product pages, no key, no session, no CSRF (nothing changes).
	 * The API reference too: the OpenAPI document ({@code /api/openapi},
	 * {@code /api/openapi.json}, {@code /api/openapi.yaml}) and its page
	 * ({@code /api/docs}) describe the API, not any shop's data. Exactly these paths:
	 * every other {@code /api/**} path keeps needing a key.
	 */
	@Bean
	@ConditionalOnWebApplication
	@Order(0)
	SecurityFilterChain publicApiSecurity(HttpSecurity http) throws Exception {
		org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.Builder get = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
			.withDefaults();
		org.springframework.http.HttpMethod method = org.springframework.http.HttpMethod.GET;
		stateless(http.securityMatcher(new org.springframework.security.web.util.matcher.OrRequestMatcher(
				get.matcher(method, "/api/public/*/reviews"), get.matcher(method, "/api/openapi"),
				get.matcher(method, "/api/openapi.json"), get.matcher(method, "/api/openapi.yaml"),
				get.matcher(method, "/api/docs"))))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return http.build();
	}

	/** No CSRF (no cookies to ride on), no session, no login forms: the API's way. */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable());
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys) throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
		stateless(http.securityMatcher("/api/**"))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/console", "/console/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// Carrier and platform webhooks authenticate by signature, not by session.
			// The
			// shoppers' order look-up has no session to protect and must not create one.
			// Unsubscribe links are authorized by their signed token, and mail clients
			// post
			// to them without any session (RFC 8058 one-click).
			// The tracking page's notification forms and push opt-ins are public and
			// sessionless too: they are authorized by the page's random token and change
			// only
			// the consent of that order's own contacts. The returns portal's forms are
			// authorized by a signed, short-lived key in their path, not by a session.
			// The
			// claim form is authorized by the parcel's token and files a claim for that
			// parcel only. The review page and the delivery rating are authorized by
			// their
			// random tokens (review request, parcel) and change only that request's
			// reviews or that parcel's rating. The support question box only asks (a
			// masked conversation is stored), keyed by the parcel's token or the shop;
			// its "contact the shop" only emails the shop's own support, likewise
			// rate-limited.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/hooks/**", "/s/*/track", "/s/*/returns", "/s/*/returns/o/*/*",
					"/n/u/*", "/t/*/preferences", "/t/*/sms-code", "/t/*/push", "/t/*/claim", "/f/*", "/t/*/csat",
					"/t/*/ask", "/t/*/ask.json", "/s/*/help/ask", "/s/*/help/ask.json", "/t/*/handover",
					"/t/*/handover.json", "/s/*/help/handover", "/s/*/help/handover.json"))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
					org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
