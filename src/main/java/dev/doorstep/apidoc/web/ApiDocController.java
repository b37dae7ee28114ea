package dev.doorstep.apidoc.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API reference for people and tools, public like the API's own error format: the
 * document under the name tools expect ({@code /api/openapi.json}; springdoc serves it at
 * {@code /api/openapi} and {@code /api/openapi.yaml}) and a page rendered from it on the
 * server, with no script, so it works under the strictest Content-Security-Policy.
 * <p>
 * Only in a web application: springdoc's web resource does not exist when the same jar
 * runs a command line tool without a server ({@code java -jar doorstep.jar import}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocController {

	/** The page needs its own stylesheet and nothing else. */
	static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
			+ "form-action 'none'; frame-ancestors 'none'";

	private final OpenApiWebMvcResource openApi;

	private final JsonMapper json;

	ApiDocController(OpenApiWebMvcResource openApi, JsonMapper json) {
		this.openApi = openApi;
		this.json = json;
	}

	@GetMapping(path = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> document(HttpServletRequest request, Locale locale) throws Exception {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(documentBytes(request, locale));
	}

	@GetMapping(path = "/api/docs", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws Exception {
		ApiReference reference = ApiReference.of(this.json.readTree(documentBytes(request, locale)));
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		model.addAttribute("api", reference);
		return "apidoc/reference";
	}

	/**
	 * springdoc's document, with servers worked out from this request: it takes the
	 * server URL as the request URL less the given path, so the path is this request's.
	 */
	private byte[] documentBytes(HttpServletRequest request, Locale locale) throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.openApi.openapiJson(request, path, locale);
	}

}
