package dev.doorstep.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FAQ answers are Markdown rendered safely on public pages. */
class FaqMarkdownTests {

	@Test
	void escapesRawHtmlSoScriptsNeverRun() {
		String html = Faqs.html("Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img");
	}

	@Test
	void keepsTheSmallSubsetBoldListsAndSafeLinks() {
		String html = Faqs.html("**Bold** and [our site](https://shop.example/returns)\n\n- one\n- two");
		assertThat(html).contains("<strong>Bold</strong>", "<li>one</li>", "href=\"https://shop.example/returns\"",
				"rel=\"nofollow noopener\"", ">our site</a>");
	}

	@Test
	void dropsJavascriptLinksAndTurnsImagesIntoTheirText() {
		String html = Faqs.html("[click](javascript:alert(1)) ![a parcel](https://tracker.example/p.gif)");
		assertThat(html).doesNotContain("javascript:", "tracker.example", "<img").contains("a parcel");
	}

}
