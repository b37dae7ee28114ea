package dev.doorstep.history.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets and shop exports write it: comma-separated, fields in
 * double quotes may hold commas, line breaks and doubled quotes; CRLF or LF line ends; a
 * UTF-8 byte order mark is skipped. Each record keeps the line it starts on, for error
 * messages.
 */
public final class CsvRows {

	/** One record and the file line it starts on (1 is the first line). */
	public record Row(int line, List<String> fields) {

		public boolean blank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	private CsvRows() {
	}

	public static List<Row> read(Reader reader) {
		try {
			return parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Row> parse(Reader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean afterQuote = false;
		boolean any = false;
		int line = 1;
		int start = 1;
		int c = reader.read();
		if (c == '\uFEFF') {
			c = reader.read();
		}
		while (c != -1) {
			int next = reader.read();
			if (quoted) {
				if (c == '"' && next == '"') {
					field.append('"');
					next = reader.read();
				}
				else if (c == '"') {
					quoted = false;
					afterQuote = true;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !afterQuote) {
				quoted = true;
				any = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
				any = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && next == '\n') {
					next = reader.read();
				}
				if (any || !field.isEmpty()) {
					fields.add(field.toString());
					rows.add(new Row(start, List.copyOf(fields)));
				}
				fields.clear();
				field.setLength(0);
				afterQuote = false;
				any = false;
				line++;
				start = line;
			}
			else {
				field.append((char) c);
				any = true;
			}
			c = next;
		}
		if (any || !field.isEmpty()) {
			fields.add(field.toString());
			rows.add(new Row(start, List.copyOf(fields)));
		}
		return rows;
	}

}
