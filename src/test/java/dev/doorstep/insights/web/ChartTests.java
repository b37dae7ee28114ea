package dev.doorstep.insights.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTests {

	@Test
	void writesEachChartAsCsvWithAHeaderRow() {
		Chart chart = new Chart("refunds", "Refunds", "bar", "money", false, "Kind", List.of("Refunds", "Credit"),
				List.of(new Chart.Series("EUR", List.of(new BigDecimal("30.00"), new BigDecimal("12.50"))),
						new Chart.Series("Rate (%)", Arrays.asList(40.0, null))));

		assertThat(chart.csv()).isEqualTo("Kind,EUR,Rate (%)\r\nRefunds,30.00,40\r\nCredit,12.50,\r\n");
	}

	@Test
	void defusesCellsASpreadsheetWouldRunAsFormulas() {
		Chart chart = new Chart("returns-by-product", "Return rate by product", "bar", "percent", false, "SKU",
				List.of("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tTAB", "plain, with comma"),
				List.of(new Chart.Series("Return rate (%)", List.of(1, 2, 3, 4, 5, 6))));

		assertThat(chart.csv().split("\r\n")).containsExactly("SKU,Return rate (%)",
				"\"'=HYPERLINK(\"\"http://evil\"\")\",1", "\"'+1\",2", "\"'-2\",3", "\"'@SUM(A1)\",4", "\"'\tTAB\",5",
				"\"plain, with comma\",6");
	}

	@Test
	void writesFractionsWithoutBinaryNoise() {
		Chart chart = new Chart("csat", "CSAT", "bar", "count", false, "Score", List.of("avg"),
				List.of(new Chart.Series("Average", List.of(11.0 / 3))));

		assertThat(chart.csv()).contains("avg,3.6666666666666665");
	}

}
