package dev.doorstep.apidoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document against the running application: every {@code /api/v1}
 * handler is in it, it parses as OpenAPI 3.1, every operation has a summary, a module tag
 * and its problem responses, and the documented problem is what the API really answers.
 */
@DoorstepIntegrationTest
class OpenApiDocumentIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ApiClient anonymous;

	private JsonNode document;

	@BeforeEach
	void fetch() throws Exception {
		this.anonymous = new ApiClient(this.port, "");
		ApiClient.Response response = this.anonymous.get("/api/openapi.json");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		this.document = response.json();
		Path out = Path.of("target", "openapi.json");
		Files.createDirectories(out.getParent());
		Files.writeString(out, response.body());
	}

	@Test
	void listsEveryApiV1HandlerOfTheApplication() {
		Set<String> handled = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/v1/")).forEach(pattern -> {
				assertThat(methods).as("%s names its HTTP method", pattern).isNotEmpty();
				methods.forEach(method -> handled.add(method.name() + " " + normalized(pattern)));
			});
		});
		assertThat(handled).as("the application has /api/v1 handlers").hasSizeGreaterThan(50);
		assertThat(documented()).containsExactlyInAnyOrderElementsOf(handled);
	}

	@Test
	void parsesAsOpenApi31() {
		assertThat(this.document.path("openapi").asString()).isEqualTo("3.1.0");
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.document.toString(), null, options);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
		assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(30);
	}

	@Test
	void everyOperationHasSummaryTagKeyAndProblemResponses() {
		Set<String> tags = new TreeSet<>();
		this.document.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
		assertThat(tags).contains("Orders", "Shipments", "Returns", "Notifications", "Claims", "Webhooks");
		assertThat(this.document.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");
		assertThat(this.document.at("/components/securitySchemes/apiKey/type").asString()).isEqualTo("http");
		assertThat(this.document.at("/security/0/apiKey").isArray()).isTrue();
		forEachOperation((key, operation) -> {
			assertThat(operation.path("summary").asString("")).as("summary of %s", key).isNotBlank();
			assertThat(operation.path("tags").size()).as("tags of %s", key).isEqualTo(1);
			assertThat(tags).as("tag of %s", key).contains(operation.at("/tags/0").asString());
			assertThat(operation.path("responses").properties().stream().map(Map.Entry::getKey))
				.as("success response of %s", key)
				.anyMatch(status -> status.startsWith("2"));
			assertProblem(key, operation, "401");
			boolean hasInput = operation.path("parameters").size() > 0 || operation.has("requestBody");
			if (hasInput) {
				assertProblem(key, operation, "400");
			}
			for (JsonNode parameter : operation.path("parameters")) {
				assertThat(parameter.path("name").asString()).as("parameters of %s", key).isNotEqualTo("shop");
				if ("path".equals(parameter.path("in").asString())) {
					assertProblem(key, operation, "404");
				}
			}
		});
	}

	@Test
	void everyOperationHasAHandWrittenSummary() throws Exception {
		java.util.Properties summaries = new java.util.Properties();
		try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("apidoc/summaries.properties")) {
			summaries.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		Set<String> written = new TreeSet<>();
		summaries.stringPropertyNames().forEach(key -> written.add(key.trim()));
		forEachOperation(
				(key, operation) -> assertThat(written).as("%s needs a summary in apidoc/summaries.properties", key)
					.contains(key));
		assertThat(documented()).as("summaries of operations that no longer exist").containsAll(written);
		assertThat(operation("get", "/api/v1/orders/{id}").path("summary").asString())
			.isEqualTo(summaries.getProperty("GET /api/v1/orders/{id}").trim());
	}

	@Test
	void namesSchemasUniquelyAndFilesAsFiles() {
		JsonNode schemas = this.document.at("/components/schemas");
		assertThat(names(schemas)).allMatch(name -> name.matches("[A-Za-z0-9._-]+"), "schema names are plain");
		assertThat(names(schemas)).contains("ClaimSettingsJson", "DeliverySettingsJson", "OrderResponsePage",
				"ShipmentResponsePage");
		assertThat(this.document
			.at("/paths/~1api~1v1~1claims~1settings/get/responses/200/content/application~1json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/ClaimSettingsJson");
		assertThat(names(this.document.at("/components/schemas/ClaimSettingsJson/properties")))
			.isNotEqualTo(names(this.document.at("/components/schemas/DeliverySettingsJson/properties")));
		assertThat(names(operation("get", "/api/v1/claims/{id}/pack.pdf").at("/responses/200/content")))
			.containsExactly("application/pdf");
		assertThat(names(operation("get", "/api/v1/returns/{id}/label.pdf").at("/responses/200/content")))
			.containsExactly("application/pdf");
		forEachOperation((key, operation) -> operation.path("responses").properties().forEach(response -> {
			JsonNode content = response.getValue().path("content");
			assertThat(names(content)).as("%s %s media types", key, response.getKey()).doesNotContain("*/*");
			content.properties().forEach(media -> {
				String ref = media.getValue().at("/schema/$ref").asString("");
				if (!ref.isEmpty()) {
					assertThat(this.document.at(ref.substring(1)).isMissingNode()).as("%s resolves", ref).isFalse();
				}
			});
		}));
	}

	@Test
	void documentsWhatHandlersDeclareBeyondTheCommonProblems() {
		assertProblem("POST /api/v1/returns", operation("post", "/api/v1/returns"), "422");
		assertProblem("POST /api/v1/returns", operation("post", "/api/v1/returns"), "404");
		assertProblem("POST /api/v1/claims/{id}/approve", operation("post", "/api/v1/claims/{id}/approve"), "409");
		assertProblem("POST /api/v1/packaging/recommend", operation("post", "/api/v1/packaging/recommend"), "422");
		assertThat(operation("get", "/api/v1/orders").path("responses").has("404")).isFalse();
		assertThat(operation("get", "/api/v1/orders").path("responses").has("409")).isFalse();
	}

	@Test
	void describesRequestBodiesAndTheProblemSchema() {
		JsonNode place = operation("post", "/api/v1/orders");
		assertThat(place.at("/requestBody/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/OrderRequest");
		assertThat(this.document.at("/components/schemas/OrderRequest/properties").size()).isGreaterThan(3);
		JsonNode problem = this.document.at("/components/schemas/Problem/properties");
		assertThat(names(problem)).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
		JsonNode fieldError = this.document.at("/components/schemas/FieldError/properties");
		assertThat(names(fieldError)).containsExactlyInAnyOrder("field", "reason", "rule");
	}

	@Test
	void documentedProblemIsWhatTheApiAnswers() {
		ApiClient api = new ApiClient(this.port, this.shops.create("OpenAPI problems").apiKey());
		ApiClient.Response missing = api.get("/api/v1/orders/" + java.util.UUID.randomUUID());
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(operation("get", "/api/v1/orders/{id}").at("/responses/404/$ref").asString())
			.isEqualTo("#/components/responses/Problem404");
		Set<String> documented = names(this.document.at("/components/schemas/Problem/properties"));
		assertThat(documented).containsAll(names(missing.json()));
		ApiClient.Response invalid = api.post("/api/v1/orders", "{}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(documented).containsAll(names(invalid.json()));
		invalid.json()
			.path("errors")
			.forEach(error -> assertThat(names(this.document.at("/components/schemas/FieldError/properties")))
				.containsAll(names(error)));
		ApiClient.Response noKey = this.anonymous.get("/api/v1/orders");
		assertThat(noKey.status()).isEqualTo(401);
		assertThat(documented).containsAll(names(noKey.json()));
	}

	@Test
	void servesYamlAndNamesTheServerOfTheRequest() {
		assertThat(this.document.at("/servers/0/url").asString()).isEqualTo("http://localhost:" + this.port);
		ApiClient.Response yaml = this.anonymous.get("/api/openapi.yaml");
		assertThat(yaml.status()).isEqualTo(200);
		assertThat(yaml.contentType()).startsWith("application/vnd.oai.openapi");
		assertThat(yaml.body()).startsWith("openapi: 3.1.0").contains("/api/v1/orders/{id}:");
		ApiClient.Response plain = this.anonymous.get("/api/openapi");
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.body()).contains("\"openapi\":\"3.1.0\"");
	}

	@Test
	void referencePageListsEveryOperationUnderAStrictPolicy() throws Exception {
		java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/docs"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("default-src 'none'").doesNotContain("script-src"));
		assertThat(page.body()).doesNotContain("<script");
		forEachOperation((key, operation) -> {
			String id = "id=\"op-" + key.substring(0, key.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
			assertThat(page.body()).as("page shows %s", key)
				.contains(id)
				.contains(">" + key.substring(key.indexOf(' ') + 1) + "<");
		});
		assertThat(page.body()).contains("id=\"schema-problem\"").contains("id=\"schema-orderrequest\"");
	}

	private static String normalized(String pattern) {
		// {id:[0-9]+} and {id} are the same path to a client.
		return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
	}

	private Set<String> documented() {
		Set<String> documented = new TreeSet<>();
		forEachOperation((key, operation) -> documented.add(key));
		return documented;
	}

	private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
		List<Map.Entry<String, JsonNode>> paths = new ArrayList<>(this.document.path("paths").properties());
		assertThat(paths).isNotEmpty();
		for (Map.Entry<String, JsonNode> path : paths) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (!operation.isMissingNode()) {
					check.accept(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), operation);
				}
			}
		}
	}

	private JsonNode operation(String method, String path) {
		JsonNode operation = this.document.path("paths").path(path).path(method);
		assertThat(operation.isMissingNode()).as("%s %s in the document", method, path).isFalse();
		return operation;
	}

	/**
	 * The response resolves to an application/problem+json body of the Problem schema.
	 */
	private void assertProblem(String key, JsonNode operation, String status) {
		JsonNode response = operation.path("responses").path(status);
		assertThat(response.isMissingNode()).as("%s documents %s", key, status).isFalse();
		String ref = response.path("$ref").asString("");
		JsonNode resolved = ref.startsWith("#/") ? this.document.at(ref.substring(1)) : response;
		assertThat(resolved.at("/content/application~1problem+json/schema/$ref").asString())
			.as("%s answers %s as a problem", key, status)
			.isEqualTo("#/components/schemas/Problem");
	}

	private static Set<String> names(JsonNode object) {
		Set<String> names = new TreeSet<>();
		object.properties().forEach(entry -> names.add(entry.getKey()));
		return names;
	}

}
