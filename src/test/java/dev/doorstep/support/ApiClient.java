package dev.doorstep.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP against the running test server, so tests see exactly what clients see
 * (status, headers, problem bodies) with no Spring client conveniences in between.
 */
public final class ApiClient {

	/** A response with its parsed JSON body (or null when there is none). */
	public record Response(int status, String contentType, String body, JsonNode json) {

		public String text(String pointer) {
			return this.json.at(pointer).asString();
		}

	}

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String apiKey;

	public ApiClient(int port, String apiKey) {
		this.base = "http://localhost:" + port;
		this.apiKey = apiKey;
	}

	public ApiClient withKey(String otherKey) {
		return new ApiClient(Integer.parseInt(this.base.substring(this.base.lastIndexOf(':') + 1)), otherKey);
	}

	public String apiKey() {
		return this.apiKey;
	}

	public String base() {
		return this.base;
	}

	public Response get(String path) {
		return send(request(path).GET().build());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response post(String path, Object body) {
		return post(path, JSON.writeValueAsString(body));
	}

	public Response put(String path, Object body) {
		return putJson(path, JSON.writeValueAsString(body));
	}

	public Response putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response patch(String path, Object body) {
		return patchJson(path, JSON.writeValueAsString(body));
	}

	public Response patchJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response delete(String path) {
		return send(request(path).DELETE().build());
	}

	/** A raw POST without the API key, as webhooks arrive: exact bytes, given headers. */
	public Response postRaw(String path, byte[] body, java.util.Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(builder::header);
		return send(builder.build());
	}

	/**
	 * A raw GET without the API key, as a platform's handshake arrives: given headers.
	 */
	public Response getRaw(String path, java.util.Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		headers.forEach(builder::header);
		return send(builder.build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (this.apiKey != null && !this.apiKey.isEmpty()) {
			builder.header("Authorization", "Bearer " + this.apiKey);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			JsonNode json = null;
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("json") && !body.isEmpty()) {
				json = JSON.readTree(body);
			}
			return new Response(response.statusCode(), type, body, json);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
