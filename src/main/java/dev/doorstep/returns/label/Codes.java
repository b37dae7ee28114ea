package dev.doorstep.returns.label;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The label's two codes as module matrices (one cell per bar or square), without quiet
 * zones: the caller scales them and leaves the white space around them.
 */
final class Codes {

	/**
	 * Level M restores 15 % of a damaged code: enough for a creased label, while a short
	 * RMA still fits the smallest QR versions with large modules.
	 */
	private static final ErrorCorrectionLevel QR_LEVEL = ErrorCorrectionLevel.M;

	private Codes() {
	}

	/** A Code 128 barcode, one row of modules; ZXing picks code sets B and C itself. */
	static BitMatrix code128(String content) {
		return encode(() -> new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 0,
				Map.of(EncodeHintType.MARGIN, 0)));
	}

	/** A QR code with one cell per module and no quiet zone. */
	static BitMatrix qr(String content) {
		return qr(content, 0, 0);
	}

	/**
	 * A QR code scaled to {@code size} pixels including the standard quiet zone of 4
	 * modules (ISO/IEC 18004).
	 */
	static BitMatrix qr(String content, int size, int margin) {
		return encode(() -> new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
				Map.of(EncodeHintType.MARGIN, margin, EncodeHintType.ERROR_CORRECTION, QR_LEVEL,
						EncodeHintType.CHARACTER_SET, "UTF-8")));
	}

	private static BitMatrix encode(Encoding encoding) {
		try {
			return encoding.encode();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode this content: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface Encoding {

		BitMatrix encode() throws WriterException;

	}

}
