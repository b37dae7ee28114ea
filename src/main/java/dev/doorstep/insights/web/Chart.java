package dev.doorstep.insights.web;

import java.util.List;

/**
 * One chart of the dashboard: what Chart.js draws, the table under it and its CSV.
 *
 * @param id the chart's name in {@code /console/insights/{id}.csv}
 * @param type a Chart.js type ({@code bar} or {@code doughnut})
 * @param unit how values read: {@code count}, {@code percent} (0–100), {@code money} (the
 * report's currency) or {@code days}
 * @param stacked whether the series stack
 */
public record Chart(String id, String title, String type, String unit, boolean stacked, String labelHeader,
		List<String> labels, List<Series> series) {

	/** One data set: a value per label. */
	public record Series(String name, List<Number> values) {
	}

	public boolean isEmpty() {
		return this.labels.isEmpty() || this.series.stream()
			.allMatch(s -> s.values().stream().allMatch(v -> v == null || v.doubleValue() == 0));
	}

	/**
	 * The chart's data as CSV (RFC 4180, a header row). Text cells that a spreadsheet
	 * would run as a formula ({@code = + - @}, tab, carriage return) get a leading
	 * apostrophe: labels come from SKUs and carrier codes the shop or shoppers chose.
	 */
	String csv() {
		StringBuilder csv = new StringBuilder();
		csv.append(text(this.labelHeader));
		for (Series s : this.series) {
			csv.append(',').append(text(s.name()));
		}
		csv.append("\r\n");
		for (int row = 0; row < this.labels.size(); row++) {
			csv.append(text(this.labels.get(row)));
			for (Series s : this.series) {
				Number value = s.values().get(row);
				csv.append(',').append((value == null) ? "" : number(value));
			}
			csv.append("\r\n");
		}
		return csv.toString();
	}

	static String text(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				|| !safe.equals(value)) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String number(Number value) {
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double d = value.doubleValue();
			return (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d)
					: new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
