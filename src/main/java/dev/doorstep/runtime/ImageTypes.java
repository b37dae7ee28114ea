package dev.doorstep.runtime;

import java.util.Optional;

/**
 * Tells JPEG, PNG and WebP images apart by their first bytes (magic numbers), never by
 * the file name or the browser's content type, which the uploader chooses. Shared by the
 * modules that take shoppers' photos (claims, reviews).
 */
public final class ImageTypes {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private ImageTypes() {
	}

	/** The photo's media type, or empty when the bytes are no JPEG, PNG or WebP. */
	public static Optional<String> contentType(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, PNG, 0)) {
			return Optional.of("image/png");
		}
		if (startsWith(bytes, new byte[] { 'R', 'I', 'F', 'F' }, 0)
				&& startsWith(bytes, new byte[] { 'W', 'E', 'B', 'P' }, 8)) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
