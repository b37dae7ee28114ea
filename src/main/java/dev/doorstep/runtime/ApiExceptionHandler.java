package dev.doorstep.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejected API request into an RFC 9457 problem naming the field and the
 * reason.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
		return Problems.response(Problems.invalid(ex.violations()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", ex.resource() + " not found",
				"No " + ex.resource().toLowerCase() + " with this id exists for your shop"));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "conflict", "Conflict",
				ex.field() + ": " + ex.getMessage());
		problem.setProperty("errors", List.of(java.util.Map.of("field", ex.field(), "reason", ex.getMessage())));
		return Problems.response(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = ex.getRequiredType() == null ? "value" : describe(ex.getRequiredType());
		return Problems.response(Problems.invalid(List.of(new FieldViolation(ex.getName(), "must be " + expected))));
	}

	@ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(jakarta.validation.ConstraintViolationException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getConstraintViolations().forEach(violation -> {
			String path = violation.getPropertyPath().toString();
			violations.add(new FieldViolation(path.substring(path.lastIndexOf('.') + 1), violation.getMessage()));
		});
		violations.sort(Comparator.comparing(FieldViolation::field));
		return Problems.response(Problems.invalid(violations));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			violations.add(new FieldViolation(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> violations
				.add(new FieldViolation(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		violations.sort(Comparator.comparing(FieldViolation::field));
		return asObject(Problems.invalid(violations));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> violations
					.add(new FieldViolation(String.valueOf(result.getMethodParameter().getParameterName()),
							String.valueOf(error.getDefaultMessage())))));
		return asObject(Problems.invalid(violations));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		while (cause != null) {
			if (cause instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
				ProblemDetail problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
						"Request body too large", "body: " + tooLarge.getMessage());
				problem.setProperty("errors",
						List.of(java.util.Map.of("field", "body", "reason", tooLarge.getMessage())));
				return asObject(problem);
			}
			if (cause instanceof JacksonException jackson) {
				return asObject(Problems.invalid(List.of(violationOf(jackson))));
			}
			cause = cause.getCause();
		}
		String reason = (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing"))
				? "is required" : "could not be read as JSON";
		return asObject(Problems.invalid(List.of(new FieldViolation("body", reason))));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.is5xxServerError()) {
			log.error("Request failed", ex);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static FieldViolation violationOf(JacksonException ex) {
		String field = path(ex.getPath());
		if (ex instanceof UnrecognizedPropertyException) {
			return new FieldViolation(field, "is not a known field");
		}
		if (ex instanceof InvalidFormatException invalid) {
			return new FieldViolation(field, "must be " + describe(invalid.getTargetType()));
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return new FieldViolation(field, "must be " + describe(mismatch.getTargetType()));
		}
		if (ex instanceof StreamReadException) {
			String message = ex.getOriginalMessage();
			int cut = message.indexOf('\n');
			return new FieldViolation(field.isEmpty() ? "body" : field,
					"malformed JSON: " + (cut > 0 ? message.substring(0, cut) : message));
		}
		return new FieldViolation(field.isEmpty() ? "body" : field, "could not be read");
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			List<String> names = new ArrayList<>();
			for (Object constant : constants) {
				names.add(constant.toString());
			}
			return "one of " + String.join(", ", names);
		}
		return switch (type.getSimpleName()) {
			case "Instant", "OffsetDateTime", "ZonedDateTime" ->
				"an ISO-8601 timestamp with offset, e.g. 2026-11-23T10:15:30Z";
			case "LocalDate" -> "an ISO-8601 date, e.g. 2026-11-23";
			case "UUID" -> "a UUID";
			case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
			case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
			case "Boolean", "boolean" -> "true or false";
			case "String" -> "a string";
			case "List", "Set", "Collection" -> "an array";
			default -> "an object";
		};
	}

	private static ResponseEntity<Object> asObject(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
