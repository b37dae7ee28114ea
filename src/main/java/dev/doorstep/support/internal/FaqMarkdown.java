package dev.doorstep.support.internal;

import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * FAQ answers from Markdown to HTML that is safe on a public page: raw HTML in the
 * Markdown is escaped (a {@code <script>} shows as text), link targets other than
 * {@code http(s)}, {@code mailto} and {@code tel} are dropped ({@code javascript:} never
 * gets through), links open without handing over the page
 * ({@code rel="nofollow noopener"}), and images become their alt text, because a picture
 * from anywhere would tell a third party who reads the page.
 */
public final class FaqMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new UrlSanitizer() {
			@Override
			public String sanitizeLinkUrl(String url) {
				return sanitize(url);
			}

			@Override
			public String sanitizeImageUrl(String url) {
				return "";
			}
		})
		.attributeProviderFactory(context -> (node, tag, attributes) -> {
			if (node instanceof Link) {
				attributes.put("rel", "nofollow noopener");
			}
		})
		.build();

	private static final List<String> SCHEMES = List.of("http://", "https://", "mailto:", "tel:");

	private FaqMarkdown() {
	}

	public static String html(String markdown) {
		Node document = PARSER.parse(markdown);
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				Text alt = new Text(altText(image));
				image.insertBefore(alt);
				image.unlink();
			}
		});
		return RENDERER.render(document).strip();
	}

	private static String altText(Node image) {
		StringBuilder text = new StringBuilder();
		for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text t) {
				text.append(t.getLiteral());
			}
		}
		return text.toString();
	}

	private static String sanitize(String url) {
		String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
		boolean relative = lower.startsWith("/") && !lower.startsWith("//");
		return (relative || SCHEMES.stream().anyMatch(lower::startsWith)) ? url : "";
	}

}
