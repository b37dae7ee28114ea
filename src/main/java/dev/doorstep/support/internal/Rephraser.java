package dev.doorstep.support.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.support.Answer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The optional adapter to an OpenAI-compatible chat endpoint
 * ({@code POST <url>/chat/completions}) that may reword a composed answer so it reads
 * less like a form letter. It gets the composed answer only (no order, no shopper), and
 * its output is used only if it kept every number and every fact the answer stated word
 * for word; otherwise, and on any error or timeout, the composed answer stands. So it can
 * change tone, never facts.
 */
@Component
public class Rephraser {

	private static final Logger log = LoggerFactory.getLogger(Rephraser.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private final SupportProperties.Rephrase properties;

	private final HttpClient http;

	public Rephraser(SupportProperties properties) {
		this.properties = properties.rephrase();
		this.http = HttpClient.newBuilder().connectTimeout(this.properties.timeout()).build();
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	/** The answer reworded, or unchanged when off, failing or not faithful. */
	public Answer rephrase(Answer answer, Locale locale) {
		if (!enabled() || answer.text().isBlank()) {
			return answer;
		}
		try {
			String rewritten = call(answer.text(), locale);
			if (rewritten == null || !faithful(answer, rewritten)) {
				log.info("Rephrased answer rejected: it changed or dropped a fact");
				return answer;
			}
			String html = Arrays.stream(rewritten.split("\n+"))
				.filter(line -> !line.isBlank())
				.map(line -> "<p>" + HtmlUtils.htmlEscape(line.strip()) + "</p>")
				.reduce("", String::concat);
			return new Answer(answer.intent(), answer.confidence(), rewritten, html, answer.facts(), answer.actions(),
					answer.handOver(), answer.explanation(), answer.alternatives());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Rephrasing failed, answering as composed: {}", ex.toString());
			return answer;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return answer;
		}
	}

	/**
	 * Whether the rewritten text states what the answer stated: the same numbers (as many
	 * of each, none new) and every fact shown in the answer, word for word.
	 */
	public static boolean faithful(Answer answer, String rewritten) {
		if (!numbers(answer.text()).equals(numbers(rewritten))) {
			return false;
		}
		return answer.facts()
			.stream()
			.filter(fact -> answer.text().contains(fact.value()))
			.allMatch(fact -> rewritten.contains(fact.value()));
	}

	private static List<String> numbers(String text) {
		List<String> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		numbers.sort(null);
		return numbers;
	}

	private @Nullable String call(String text, Locale locale) throws IOException, InterruptedException {
		ObjectNode body = JSON.createObjectNode();
		body.put("model", this.properties.model());
		body.put("temperature", 0.2);
		var messages = body.putArray("messages");
		messages.addObject()
			.put("role", "system")
			.put("content", "You reword a customer-support answer of an online shop so it sounds friendly and"
					+ " natural, in the language with the code '" + locale.getLanguage() + "'. Keep every number,"
					+ " date, amount, name and address exactly as written. Add no information, no promises and no"
					+ " links. Reply with the reworded answer only.");
		messages.addObject().put("role", "user").put("content", text);
		String base = this.properties.url().replaceAll("/+$", "");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (this.properties.apiKey() != null && !this.properties.apiKey().isBlank()) {
			request.header("Authorization", "Bearer " + this.properties.apiKey());
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			log.warn("Rephrasing endpoint answered {}", response.statusCode());
			return null;
		}
		JsonNode content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
		return content.isString() && !content.asString().isBlank() ? content.asString().strip() : null;
	}

}
