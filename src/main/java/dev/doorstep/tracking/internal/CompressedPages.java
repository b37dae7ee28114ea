package dev.doorstep.tracking.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Tracking pages compressed once and sent as they are while they stay the same. Most
 * views of a parcel send the same bytes, and compressing them anew on every view took
 * more than half the server's CPU at 1,000 views/s (JFR CPU-time samples,
 * {@code bench/run-page.sh}).
 */
@Component
public class CompressedPages {

	/** What kept pages may take in memory: about 6 KB each, so a few thousand pages. */
	private static final long MAX_BYTES = 32L * 1024 * 1024;

	/**
	 * The parts a page was filled from. Comparing them costs microseconds, far less than
	 * compressing the page; most come from caches that hand out the same string while its
	 * content holds, which compares at once.
	 */
	public record Parts(String page, String blocks, String actions, String updates, String sections) {

		boolean sameAs(Parts other) {
			return same(this.page, other.page) && same(this.blocks, other.blocks) && same(this.actions, other.actions)
					&& same(this.updates, other.updates) && same(this.sections, other.sections);
		}

		private static boolean same(String one, String other) {
			return one == other || one.equals(other);
		}

	}

	private record Compressed(Parts parts, byte[] gzip) {
	}

	private final Cache<String, Compressed> compressed = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Compressed page) -> page.gzip().length + key.length())
		.build();

	/**
	 * The page filled from {@code parts}, gzip-compressed: kept from the last view of the
	 * same page in the same language if its parts are the same, else filled by
	 * {@code fill} and compressed.
	 */
	public byte[] gzip(String token, Locale locale, Parts parts, Supplier<String> fill) {
		String key = token + "/" + locale.getLanguage();
		Compressed known = this.compressed.getIfPresent(key);
		if (known != null && known.parts().sameAs(parts)) {
			return known.gzip();
		}
		byte[] gzip = gzip(fill.get());
		this.compressed.put(key, new Compressed(parts, gzip));
		return gzip;
	}

	static byte[] gzip(String html) {
		byte[] plain = html.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4);
		// Compressed once per change, so the smallest output is worth the extra time.
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Whether the client takes gzip: named in {@code Accept-Encoding} (or {@code *})
	 * without {@code q=0}.
	 */
	public static boolean acceptsGzip(HttpServletRequest request) {
		return acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean gzip = null;
		Boolean any = null;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			boolean taken = parts.length < 2 || !zero(parts[1]);
			if (name.equalsIgnoreCase("gzip")) {
				gzip = taken;
			}
			else if (name.equals("*")) {
				any = taken;
			}
		}
		// gzip named for itself decides; else the wildcard does.
		return (gzip != null) ? gzip : Boolean.TRUE.equals(any);
	}

	private static boolean zero(String parameter) {
		String value = parameter.strip().toLowerCase(Locale.ROOT);
		if (!value.startsWith("q=")) {
			return false;
		}
		try {
			return Double.parseDouble(value.substring(2).strip()) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
