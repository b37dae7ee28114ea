package dev.doorstep.tracking.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompressedPagesTests {

	private final CompressedPages pages = new CompressedPages();

	@Test
	void compressesOncePerPageWhileItsPartsAreTheSame() throws IOException {
		AtomicInteger fills = new AtomicInteger();
		String page = "<html>" + "parcel ".repeat(500) + "<!--slot--></html>";
		String updates = "<section>updates</section>";
		CompressedPages.Parts parts = new CompressedPages.Parts(page, "", "", updates, "");

		byte[] first = this.pages.gzip("token", Locale.ENGLISH, parts, () -> {
			fills.incrementAndGet();
			return page + updates;
		});
		// Equal parts in new strings (a section joined anew) are the same page.
		byte[] again = this.pages.gzip("token", Locale.ENGLISH,
				new CompressedPages.Parts(new String(page), "", "", new String(updates), ""), () -> {
					fills.incrementAndGet();
					return page + updates;
				});

		assertThat(fills).hasValue(1);
		assertThat(again).isSameAs(first);
		assertThat(gunzip(first)).isEqualTo(page + updates);
		assertThat(first.length).isLessThan((page + updates).length() / 10);
	}

	@Test
	void compressesAgainWhenAPartChangesOrForAnotherLanguage() throws IOException {
		String page = "<html>parcel</html>";
		this.pages.gzip("token", Locale.ENGLISH, new CompressedPages.Parts(page, "", "", "on", ""), () -> page + "on");

		byte[] changed = this.pages.gzip("token", Locale.ENGLISH, new CompressedPages.Parts(page, "", "", "off", ""),
				() -> page + "off");
		byte[] german = this.pages.gzip("token", Locale.GERMAN,
				new CompressedPages.Parts(page, "", "", new String("off"), ""), () -> page + "aus");

		assertThat(gunzip(changed)).isEqualTo(page + "off");
		assertThat(gunzip(german)).isEqualTo(page + "aus");
	}

	@Test
	void readsAcceptEncodingAsBrowsersAndProxiesSendIt() {
		assertThat(CompressedPages.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
		assertThat(CompressedPages.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
		assertThat(CompressedPages.acceptsGzip("*")).isTrue();
		assertThat(CompressedPages.acceptsGzip("GZIP")).isTrue();
		assertThat(CompressedPages.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(CompressedPages.acceptsGzip("gzip;q=0.0, *")).isFalse();
		assertThat(CompressedPages.acceptsGzip("*;q=0, gzip")).isTrue();
		assertThat(CompressedPages.acceptsGzip("identity")).isFalse();
		assertThat(CompressedPages.acceptsGzip("deflate, br")).isFalse();
		assertThat(CompressedPages.acceptsGzip((String) null)).isFalse();
	}

	private static String gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
