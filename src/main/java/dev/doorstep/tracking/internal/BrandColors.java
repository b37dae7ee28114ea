package dev.doorstep.tracking.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.doorstep.shop.Shop;

/**
 * The shop's colours made safe for shopper pages: only plain hex colours reach the CSS,
 * and text on the brand colour is black or white, whichever contrasts more (WCAG 2
 * relative luminance), because a merchant's palette says nothing about legibility.
 *
 * @param primary header background, {@code #rrggbb}
 * @param onPrimary text colour on {@code primary}: {@code #000000} or {@code #ffffff}
 * @param accent decoration colour (borders, progress), {@code #rrggbb}
 * @param link colour of links and highlights on white: {@code primary} when it reaches
 * 4.5:1 there, else {@code accent} when that does, else a darkened {@code primary}
 */
public record BrandColors(String primary, String onPrimary, String accent, String link) {

	private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

	static final String FALLBACK_PRIMARY = "#1f3a5f";

	static final String FALLBACK_ACCENT = "#e4572e";

	private static final double READABLE = 4.5;

	private static final String WHITE = "#ffffff";

	public static BrandColors of(Shop.Brand brand) {
		String primary = normalize(brand.primaryColor(), FALLBACK_PRIMARY);
		String accent = normalize(brand.accentColor(), FALLBACK_ACCENT);
		String onPrimary = contrast(primary, "#000000") >= contrast(primary, WHITE) ? "#000000" : WHITE;
		String link;
		if (contrast(primary, WHITE) >= READABLE) {
			link = primary;
		}
		else if (contrast(accent, WHITE) >= READABLE) {
			// A light primary (yellow, pastel) usually comes with a dark accent.
			link = accent;
		}
		else {
			link = darkened(primary);
		}
		return new BrandColors(primary, onPrimary, accent, link);
	}

	/** {@code #rrggbb} in lower case, or the fallback when the value is no hex colour. */
	static String normalize(String color, String fallback) {
		String value = color.trim();
		if (!HEX.matcher(value).matches()) {
			return fallback;
		}
		value = value.toLowerCase(Locale.ROOT);
		if (value.length() == 4) {
			return "#" + value.charAt(1) + value.charAt(1) + value.charAt(2) + value.charAt(2) + value.charAt(3)
					+ value.charAt(3);
		}
		return value;
	}

	/** WCAG 2 contrast ratio of two {@code #rrggbb} colours, 1 to 21. */
	public static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG 2 relative luminance of a {@code #rrggbb} colour. */
	static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String darkened(String color) {
		String candidate = color;
		int rgb = Integer.parseInt(color.substring(1), 16);
		// Darken in 10 % steps: keeps the brand's hue while reaching 4.5:1 on white.
		for (int step = 0; step < 10 && contrast(candidate, WHITE) < READABLE; step++) {
			double factor = 0.9;
			int r = (int) (((rgb >> 16) & 0xff) * factor);
			int g = (int) (((rgb >> 8) & 0xff) * factor);
			int b = (int) ((rgb & 0xff) * factor);
			rgb = (r << 16) | (g << 8) | b;
			candidate = String.format("#%06x", rgb);
		}
		return contrast(candidate, WHITE) >= READABLE ? candidate : "#000000";
	}

}
