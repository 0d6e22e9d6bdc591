package io.seizmon.core.recording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a recording with the reader its format needs.
 *
 * <p>Choice: a file starting with an EDF version field ({@code "0       "}) or BioSemi's {@code 0xFF "BIOSEMI"} is
 * read by {@link EdfReader}, whatever its name; otherwise the extension decides: {@code .edf}, {@code .bdf},
 * {@code .rec} ({@link EdfReader}, which then names what is wrong), {@code .csv}, {@code .tsv} ({@link CsvReader}),
 * {@code .txt} ({@link TextReader}), {@code .mat} ({@link MatReader}: a MAT-file clip). Anything else is a
 * {@link RecordingFormatException} naming the file.
 */
public final class Recordings {

    private Recordings() {
    }

    /**
     * Opens {@code file}. Text formats need {@link RecordingOptions#sampleRateHz()}.
     *
     * @throws RecordingFormatException when the format is unknown or the content malformed
     * @throws IllegalArgumentException when a text recording is opened without a sample rate
     */
    public static RecordingReader open(Path file, RecordingOptions options) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.lastIndexOf('.') >= 0 ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (hasEdfMagic(file) || extension.equals("edf") || extension.equals("bdf") || extension.equals("rec")) {
            return EdfReader.open(file, options);
        }
        return switch (extension) {
            case "csv", "tsv" -> CsvReader.open(file, options.sampleRateHz());
            case "txt" -> TextReader.open(file, options.sampleRateHz());
            case "mat" -> MatReader.open(file);
            default -> throw new RecordingFormatException(file, "unknown recording format (extension '" + extension
                    + "', no EDF/BDF version field; expected .edf, .bdf, .csv, .tsv, .txt or .mat)");
        };
    }

    private static boolean hasEdfMagic(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length < 8) {
            return false;
        }
        boolean edf = head[0] == '0';
        boolean bdf = (head[0] & 0xFF) == 0xFF && new String(head, 1, 7, StandardCharsets.US_ASCII)
                .equals("BIOSEMI");
        for (int i = 1; edf && i < 8; i++) {
            edf = head[i] == ' ';
        }
        return edf || bdf;
    }
}
