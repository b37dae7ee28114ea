package dev.doorstep.returns.label;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.common.BitMatrix;

/**
 * QR codes as PNG images, for pages and emails that show the return's code without the
 * PDF (the portal's confirmation page, a "no printer" email).
 */
public final class QrCodes {

	/** Smallest size that still gives a short RMA's code two pixels per module. */
	public static final int MIN_SIZE = 64;

	/** Large enough for a print-quality code; larger only costs bytes. */
	public static final int MAX_SIZE = 2048;

	private QrCodes() {
	}

	/**
	 * A black-on-white PNG of {@code size}×{@code size} pixels, quiet zone included. For
	 * a return's code pass {@link ReturnLabels#qrContent(String)}.
	 * @throws IllegalArgumentException when the size is outside
	 * {@value #MIN_SIZE}..{@value #MAX_SIZE} or the text does not fit a QR code
	 */
	public static byte[] png(String text, int size) {
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between " + MIN_SIZE + " and " + MAX_SIZE);
		}
		BitMatrix matrix = Codes.qr(text, size, 4);
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The same PNG as a {@code data:} URI for an {@code <img src>}. */
	public static String dataUri(String text, int size) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
	}

}
