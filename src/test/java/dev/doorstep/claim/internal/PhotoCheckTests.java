package dev.doorstep.claim.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos are recognised by their first bytes only.
 */
class PhotoCheckTests {

	@Test
	void recognisesJpegPngAndWebp() {
		assertThat(PhotoCheck.contentType(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 }))
			.contains("image/jpeg");
		assertThat(PhotoCheck.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains("image/png");
		assertThat(PhotoCheck.contentType("RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("image/webp");
	}

	@Test
	void refusesEverythingElseWhateverItsName() {
		assertThat(PhotoCheck.contentType("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(PhotoCheck.contentType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(PhotoCheck.contentType("<svg xmlns=".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(PhotoCheck.contentType("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(PhotoCheck.contentType(new byte[] { (byte) 0xff, (byte) 0xd8 })).isEmpty();
		assertThat(PhotoCheck.contentType(new byte[0])).isEmpty();
	}

}
