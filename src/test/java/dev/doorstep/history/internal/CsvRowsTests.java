package dev.doorstep.history.internal;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTests {

	@Test
	void readsQuotedFieldsCrlfAndKeepsEachRecordsFirstLine() {
		List<CsvRows.Row> rows = CsvRows.read(
				new StringReader("\uFEFFa,b,c\r\n1,\"two, three\",\"say \"\"hi\"\"\"\r\n\r\n2,\"multi\nline\",\n3,,x"));

		assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 4, 6);
		assertThat(rows.get(0).fields()).containsExactly("a", "b", "c");
		assertThat(rows.get(1).fields()).containsExactly("1", "two, three", "say \"hi\"");
		assertThat(rows.get(2).fields()).containsExactly("2", "multi\nline", "");
		assertThat(rows.get(3).fields()).containsExactly("3", "", "x");
	}

}
