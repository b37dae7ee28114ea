package dev.doorstep.shop.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers unauthenticated API calls with a 401 RFC 9457 problem instead of a login
 * redirect.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REASON_ATTRIBUTE = ProblemAuthenticationEntryPoint.class.getName() + ".reason";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		Object reason = request.getAttribute(REASON_ATTRIBUTE);
		String detail = reason != null ? reason.toString()
				: "send an API key of your shop as 'Authorization: Bearer <key>'";
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"doorstep\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"https://doorstep.dev/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"Authorization\",\"reason\":\"" + detail
					+ "\"}]}");
	}

}
