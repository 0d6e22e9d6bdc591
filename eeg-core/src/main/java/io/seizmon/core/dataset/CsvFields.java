package io.seizmon.core.dataset;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of RFC 4180 CSV (comma-separated, double-quoted fields with "" escapes) into fields. */
final class CsvFields {

    private CsvFields() {
    }

    /** Returns the fields of {@code line}, unquoted; null if a quoted field is not closed. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
