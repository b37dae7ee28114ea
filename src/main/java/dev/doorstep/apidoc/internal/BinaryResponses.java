package dev.doorstep.apidoc.internal;

import java.util.Set;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Files as files: a handler answering {@code byte[]} (a PDF, a photo) or a PDF without a
 * declared body type would be documented as JSON. The media type follows the path's
 * extension ({@code label.pdf}), else the handler's own, else
 * {@code application/octet-stream}.
 */
final class BinaryResponses {

	private BinaryResponses() {
	}

	static void fix(String path, ApiResponse response) {
		Content content = response.getContent();
		if (content == null || content.isEmpty()) {
			return;
		}
		String declared = content.keySet().iterator().next();
		Schema<?> schema = content.get(declared).getSchema();
		boolean bytes = schema != null && "byte".equals(schema.getFormat());
		boolean pdf = path.endsWith(".pdf")
				|| declared.equals(org.springframework.http.MediaType.APPLICATION_PDF_VALUE);
		if (!bytes && !pdf) {
			return;
		}
		String type = path.endsWith(".pdf") ? org.springframework.http.MediaType.APPLICATION_PDF_VALUE
				: path.endsWith(".csv") ? "text/csv" : declared.contains("*") || declared.endsWith("json")
						? org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE : declared;
		response.setContent(new Content().addMediaType(type,
				new MediaType().schema(new JsonSchema().types(Set.of("string")).contentMediaType(type))));
	}

}
