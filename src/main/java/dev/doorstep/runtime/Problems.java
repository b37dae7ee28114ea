package dev.doorstep.runtime;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the RFC 9457 bodies every API answer with. Field errors go into an
 * {@code errors} array of {@code {field, reason}} so clients can show them next to their
 * inputs.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://doorstep.dev/problems/";

	private Problems() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalid(List<FieldViolation> violations) {
		String detail = violations.size() == 1 ? violations.getFirst().field() + ": " + violations.getFirst().reason()
				: violations.size() + " fields are invalid";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		problem.setProperty("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
