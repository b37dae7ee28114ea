package dev.doorstep.apidoc.internal;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springframework.http.HttpStatus;

/**
 * The RFC 9457 problem every API error is answered with
 * ({@code dev.doorstep.runtime.Problems}), as a schema and as one reusable response per
 * status.
 */
final class ProblemSchemas {

	static final String PROBLEM = "Problem";

	static final String FIELD_ERROR = "FieldError";

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private ProblemSchemas() {
	}

	static void register(Components components) {
		components.addSchemas(FIELD_ERROR,
				new JsonSchema().types(Set.of("object"))
					.description("Why one field or parameter was rejected")
					.addProperty("field", string("JSON path of the field (items[0].quantity) or name of the parameter"))
					.addProperty("reason", string("Why it was rejected, in English"))
					.addProperty("rule", string("The policy rule that refused it, where one did (returns policy)"))
					.required(List.of("field", "reason")));
		components.addSchemas(PROBLEM, new JsonSchema().types(Set.of("object"))
			.description("An RFC 9457 problem: every error of the API is answered with one")
			.addProperty("type",
					string("URI naming the kind of problem, e.g. https://doorstep.dev/problems/invalid-request")
						.format("uri"))
			.addProperty("title", string("Short summary of the kind of problem"))
			.addProperty("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status code"))
			.addProperty("detail", string("What went wrong with this request"))
			.addProperty("instance", string("The request path").format("uri-reference"))
			.addProperty("errors",
					new JsonSchema().types(Set.of("array"))
						.description("One entry per rejected field or parameter")
						.items(new JsonSchema().$ref("#/components/schemas/" + FIELD_ERROR)))
			.required(List.of("type", "title", "status")));
		for (HttpStatus status : ErrorResponses.DOCUMENTED) {
			components.addResponses(responseName(status), response(status));
		}
	}

	static String responseName(HttpStatus status) {
		return "Problem" + status.value();
	}

	static ApiResponse reference(HttpStatus status) {
		return new ApiResponse().$ref("#/components/responses/" + responseName(status));
	}

	private static ApiResponse response(HttpStatus status) {
		return new ApiResponse().description(ErrorResponses.describe(status))
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<Object> string(String description) {
		return new JsonSchema().types(Set.of("string")).description(description);
	}

}
