package dev.doorstep.apidoc.internal;

import java.util.List;

import dev.doorstep.runtime.ApiProblems;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorResponsesTests {

	@SuppressWarnings("unused")
	static class Handlers {

		void list() {
		}

		void get(String id) {
		}

		@ApiProblems({ HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT })
		void create(Object body) {
		}

	}

	@Test
	void everyOperationCanBeUnauthorized() {
		assertThat(ErrorResponses.of(new Operation(), handler("list"))).containsExactly(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aPathIdCanBeInvalidOrUnknown() {
		Operation operation = new Operation().parameters(List.of(new Parameter().name("id").in("path")));
		assertThat(ErrorResponses.of(operation, handler("get"))).containsExactlyInAnyOrder(HttpStatus.UNAUTHORIZED,
				HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND);
	}

	@Test
	void aBodyCanBeInvalidOrTooLargeAndDeclaredProblemsAreAdded() {
		Operation operation = new Operation().requestBody(new RequestBody());
		assertThat(ErrorResponses.of(operation, handler("create"))).containsExactlyInAnyOrder(HttpStatus.UNAUTHORIZED,
				HttpStatus.BAD_REQUEST, HttpStatus.CONTENT_TOO_LARGE, HttpStatus.CONFLICT,
				HttpStatus.UNPROCESSABLE_CONTENT);
		ErrorResponses.document(operation, handler("create"));
		assertThat(operation.getResponses()).containsKeys("400", "401", "409", "413", "422");
		assertThat(operation.getResponses().get("409").get$ref()).isEqualTo("#/components/responses/Problem409");
	}

	private static HandlerMethod handler(String name) {
		for (java.lang.reflect.Method method : Handlers.class.getDeclaredMethods()) {
			if (method.getName().equals(name)) {
				return new HandlerMethod(new Handlers(), method);
			}
		}
		throw new IllegalArgumentException(name);
	}

}
