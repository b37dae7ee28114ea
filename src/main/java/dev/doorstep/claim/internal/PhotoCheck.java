package dev.doorstep.claim.internal;

import java.util.Optional;

/**
 * Recognises an evidence photo by its first bytes, never by the name or type the browser
 * sent: only JPEG, PNG and WebP are kept, anything else is refused.
 */
public final class PhotoCheck {

	private PhotoCheck() {
	}

	/** The photo's media type, or empty when the bytes are no JPEG, PNG or WebP. */
	public static Optional<String> contentType(byte[] bytes) {
		return dev.doorstep.runtime.ImageTypes.contentType(bytes);
	}

}
