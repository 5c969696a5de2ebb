package io.netreport.data;

import io.netreport.Digests;
import io.netreport.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file with one header row: a byte-order mark, CRLF line ends, quoted fields and
 * any one-character delimiter are accepted; blank lines are skipped.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static CsvTable read(Path file, char delimiter) {
        byte[] bytes = readBytes(file);
        String text = stripBom(decode(file, bytes));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<CsvTable.Row> rows = new ArrayList<>();
        List<String> header = null;
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    checkHeader(file, header);
                } else {
                    rows.add(new CsvTable.Row(line, cells));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new InputException(file + ", line " + (lines.lastLine()) + ": not valid CSV: " + cause.getMessage(), e);
        }
        if (header == null) {
            throw new InputException(file + ": the file is empty; it needs a header row and at least one data row");
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": the file has a header row but no data rows");
        }
        return new CsvTable(file, Digests.sha256(bytes), header, rows);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": data file not found", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the data file: " + e.getMessage(), e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text; save the file as UTF-8 CSV", e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkHeader(Path file, List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                throw new InputException(file + ", line 1, column " + (i + 1) + ": empty column name; every column needs a name");
            }
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                throw new InputException(file + ", line 1: duplicate column name '" + name + "' (columns "
                        + (first + 1) + " and " + (i + 1) + "); column names must be unique");
            }
        }
    }

    /** Maps character offsets to 1-based line numbers, for offsets that only grow. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long offset) {
            while (position < offset && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }

        long lastLine() {
            return line;
        }
    }
}
