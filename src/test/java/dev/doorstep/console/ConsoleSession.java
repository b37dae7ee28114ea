package dev.doorstep.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like console session over plain HTTP: keeps cookies, does not follow
 * redirects (tests assert them), and sends the CSRF token of the last page it read, as a
 * form in a browser would.
 */
final class ConsoleSession {

	/** A response as the browser got it. */
	record Page(int status, String location, String body) {

		boolean contains(String text) {
			return this.body.contains(text);
		}

	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final String language;

	private String csrf = "";

	ConsoleSession(int port) {
		this(port, "en");
	}

	ConsoleSession(int port, String language) {
		this.base = "http://localhost:" + port;
		this.language = language;
	}

	/** A new console user with {@code role} in {@code shop}; returns the email. */
	static String user(dev.doorstep.shop.ConsoleUsers users, dev.doorstep.shop.ShopId shop,
			dev.doorstep.shop.ShopRole role, String password) {
		String email = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + java.util.UUID.randomUUID()
				+ "@console.test";
		users.grant(shop, users.ensureUser(email, role.name(), password), role);
		return email;
	}

	/**
	 * A session signed in as {@code email}; fails the test if the sign-in was refused.
	 */
	static ConsoleSession signedIn(int port, String email, String password) {
		ConsoleSession session = new ConsoleSession(port);
		Page answer = session.login(email, password);
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new AssertionError("Sign-in refused for " + email + ": " + answer.status() + " " + answer.location());
		}
		return session;
	}

	/** Signs in through the login form and returns the form's answer (a redirect). */
	Page login(String email, String password) {
		get("/login");
		return post("/login", Map.of("username", email, "password", password));
	}

	Page get(String path) {
		return send(request(path).GET().build());
	}

	/** A response as bytes with its headers, for images and PDFs. */
	HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a form with the CSRF token of the last page read. */
	Page post(String path, Map<String, String> form) {
		return postAll(path, form.entrySet().stream().map(e -> Map.entry(e.getKey(), List.of(e.getValue()))).toList());
	}

	/** Posts a form whose fields may repeat (checkbox groups). */
	Page postAll(String path, List<Map.Entry<String, List<String>>> fields) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		fields.forEach(field -> all.put(field.getKey(), field.getValue()));
		all.put("_csrf", List.of(this.csrf));
		String body = all.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(value -> encode(e.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Accept-Language", this.language)
			.timeout(Duration.ofSeconds(30));
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
