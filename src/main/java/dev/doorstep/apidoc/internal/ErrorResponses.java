package dev.doorstep.apidoc.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.doorstep.runtime.ApiProblems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Which problems an operation documents. Every API call can be refused for its key (401);
 * a call with parameters or a body can be invalid (400, field by field in
 * {@code errors}); a path with an id can name nothing of the caller's shop (404).
 * Anything else a handler answers (409, 422, 404 for an id in its body) it declares with
 * {@link ApiProblems}.
 */
final class ErrorResponses {

	/** The statuses the API answers with a problem, each a reusable response. */
	static final List<HttpStatus> DOCUMENTED = List.of(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED,
			HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.CONTENT_TOO_LARGE,
			HttpStatus.UNPROCESSABLE_CONTENT, HttpStatus.TOO_MANY_REQUESTS);

	private ErrorResponses() {
	}

	static Set<HttpStatus> of(Operation operation, HandlerMethod handler) {
		Set<HttpStatus> statuses = EnumSet.of(HttpStatus.UNAUTHORIZED);
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		if (!parameters.isEmpty() || operation.getRequestBody() != null) {
			statuses.add(HttpStatus.BAD_REQUEST);
		}
		if (operation.getRequestBody() != null) {
			statuses.add(HttpStatus.CONTENT_TOO_LARGE);
		}
		if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
			statuses.add(HttpStatus.NOT_FOUND);
		}
		ApiProblems declared = handler.getMethodAnnotation(ApiProblems.class);
		if (declared != null) {
			statuses.addAll(List.of(declared.value()));
		}
		return statuses;
	}

	static void document(Operation operation, HandlerMethod handler) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		for (HttpStatus status : new TreeSet<>(of(operation, handler))) {
			operation.getResponses().putIfAbsent(String.valueOf(status.value()), ProblemSchemas.reference(status));
		}
	}

	static String describe(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "Invalid request: a parameter or field is missing or malformed (see errors)";
			case UNAUTHORIZED -> "No valid API key: send one of your shop's keys as 'Authorization: Bearer <key>'";
			case FORBIDDEN -> "The API key may not do this";
			case NOT_FOUND -> "Nothing with this id exists for your shop";
			case CONFLICT -> "The resource is in a state that does not allow this (see detail)";
			case CONTENT_TOO_LARGE -> "The request body is larger than the instance accepts";
			case UNPROCESSABLE_CONTENT -> "Well-formed, but refused by the shop's rules (see errors)";
			case TOO_MANY_REQUESTS -> "Too many requests: wait for Retry-After";
			default -> status.getReasonPhrase();
		};
	}

}
