package dev.doorstep.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.doorstep.support.internal.Rephraser;
import dev.doorstep.support.internal.SupportProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional rephrasing adapter against an OpenAI-compatible endpoint (WireMock): a
 * rewording that keeps every fact is used; one that drops or changes a number or date is
 * rejected and the composed answer stands; so is any error.
 */
class RephraserTests {

	private WireMockServer server;

	private Rephraser rephraser;

	private final Answer composed = new Answer(Intent.WHEN_ARRIVES, 0.9,
			"Your parcel for order 1042 is on its way with DHL.\nExpected delivery: Tue 24 – Thu 26 Nov, most likely Wed.",
			"<p>…</p>",
			List.of(new Answer.Fact("status", "IN_TRANSIT"),
					new Answer.Fact("window", "Tue 24 – Thu 26 Nov, most likely Wed")),
			List.of(), false, List.of("arrive"), List.of());

	@BeforeEach
	void start() {
		this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		this.server.start();
		this.rephraser = new Rephraser(
				new SupportProperties(0.45, 20, Duration.ofHours(1), true, new SupportProperties.Rephrase(
						this.server.baseUrl() + "/v1", "sk-test", "gpt-4o-mini", Duration.ofSeconds(2))));
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	private void replies(String content) {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
					+ "\"message\":{\"role\":\"assistant\",\"content\":"
					+ tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(content)
					+ "},\"finish_reason\":\"stop\"}]}")));
	}

	@Test
	void usesARewordingThatKeepsEveryFactAndSendsOnlyTheComposedAnswer() {
		replies("Good news: your order 1042 is travelling with DHL. Expected delivery: Tue 24 – Thu 26 Nov, most likely Wed.");
		Answer answer = this.rephraser.rephrase(this.composed, Locale.ENGLISH);
		assertThat(answer.text()).startsWith("Good news");
		assertThat(answer.html()).contains("Good news");
		assertThat(answer.facts()).isEqualTo(this.composed.facts());
		this.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer sk-test"))
			.withRequestBody(containing("\"model\":\"gpt-4o-mini\""))
			.withRequestBody(containing("order 1042 is on its way")));
	}

	@Test
	void rejectsARewordingThatChangesADate() {
		replies("Your order 1042 is with DHL and arrives Fri 27 Nov.");
		assertThat(this.rephraser.rephrase(this.composed, Locale.ENGLISH)).isEqualTo(this.composed);
	}

	@Test
	void rejectsARewordingThatDropsTheOrderNumber() {
		replies("Your order is with DHL. Expected delivery: Tue 24 – Thu 26 Nov, most likely Wed.");
		assertThat(this.rephraser.rephrase(this.composed, Locale.ENGLISH)).isEqualTo(this.composed);
	}

	@Test
	void keepsTheComposedAnswerWhenTheEndpointFails() {
		this.server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
		assertThat(this.rephraser.rephrase(this.composed, Locale.ENGLISH)).isEqualTo(this.composed);
	}

	@Test
	void isOffWithoutAUrl() {
		Rephraser off = new Rephraser(new SupportProperties(0.45, 20, Duration.ofHours(1), true,
				new SupportProperties.Rephrase(null, null, "gpt-4o-mini", Duration.ofSeconds(2))));
		assertThat(off.enabled()).isFalse();
		assertThat(off.rephrase(this.composed, Locale.ENGLISH)).isSameAs(this.composed);
	}

}
