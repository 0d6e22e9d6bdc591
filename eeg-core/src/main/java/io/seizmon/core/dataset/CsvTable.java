package io.seizmon.core.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small CSV index file read whole: a header and rows, each row with its 1-based line number. */
record CsvTable(Path file, List<String> header, List<Row> rows) {

    /** One data row. */
    record Row(int line, List<String> fields) {
    }

    /** Reads {@code file}; blank lines and lines starting with {@code #} are skipped; the first row is the header. */
    static CsvTable read(Path file) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = CsvFields.split(text);
                if (fields == null) {
                    throw new ManifestFormatException(file, line, "unterminated quoted field");
                }
                if (header == null) {
                    header = fields;
                } else {
                    rows.add(new Row(line, fields));
                }
            }
        }
        if (header == null) {
            throw new ManifestFormatException(file, 0, "empty file (expected: a header row)");
        }
        return new CsvTable(file, header, rows);
    }

    /** Index of column {@code name} (case-insensitive), or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of a column that must exist. */
    int requireColumn(String name) throws ManifestFormatException {
        int index = column(name);
        if (index < 0) {
            throw new ManifestFormatException(file, 1, "missing column '" + name + "' (header: " + header + ")");
        }
        return index;
    }

    /** The field at {@code column} of {@code row}, or "" when the row is shorter. */
    static String field(Row row, int column) {
        return column >= 0 && column < row.fields().size() ? row.fields().get(column) : "";
    }

    /** Parses a finite number, naming file, line and column when it is not one. */
    double number(Row row, int column) throws ManifestFormatException {
        String text = field(row, column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ManifestFormatException(file, row.line(), "column '" + header.get(column) + "': '" + text
                + "' (expected: a finite number)");
    }
}
