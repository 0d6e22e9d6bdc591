package io.seizmon.core.recording;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The independent side of the EDF cross-check: {@code src/test/c/edfdump.c} built against Debian's EDFlib
 * ({@code libedf-dev}) into {@code target/edfdump} at test time, run on a file, its text output parsed.
 * Tests calling {@link #dump} are skipped with a message when {@code cc} or {@code edflib.h} is absent.
 */
final class Edflib {

    static final Path SOURCE = Path.of("src/test/c/edfdump.c");
    static final Path BINARY = Path.of("target/edfdump");
    private static String buildFailure;
    private static boolean built;

    private Edflib() {
    }

    /** What EDFlib said about one file. */
    sealed interface Result permits Dump, Refused {
    }

    /** EDFlib refused the file with its error code. */
    record Refused(int code) implements Result {
    }

    /** One data signal as EDFlib sees it (annotation signals hidden). */
    record Signal(String label, int samplesPerRecord, long samplesInFile, double[] first, long middleStart,
                  double[] middle) {
    }

    /** EDFlib's view of a file; annotation onsets and durations in seconds, onsets relative to the first record. */
    record Dump(int fileType, long records, List<Signal> signals, List<Annotation> annotations) implements Result {
    }

    /** Runs EDFlib on {@code file}, dumping the first and the middle {@code n} samples of each signal. */
    static synchronized Result dump(Path file, int n) throws IOException, InterruptedException {
        build();
        Process process = new ProcessBuilder(BINARY.toAbsolutePath().toString(), file.toString(), Integer.toString(n))
                .redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("edfdump did not finish on " + file);
        }
        return parse(new String(out, StandardCharsets.UTF_8).lines().toList());
    }

    private static Result parse(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("refused ")) {
            return new Refused(Integer.parseInt(lines.get(0).substring(8).trim()));
        }
        Map<String, String> top = new LinkedHashMap<>();
        List<Signal> signals = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        String[] signal = null;
        double[] first = null;
        for (String line : lines) {
            String[] f = line.split(" ", -1);
            switch (f[0]) {
                case "signal" -> signal = line.split(" ", 5);
                case "first" -> first = values(f, 2);
                case "middle" -> signals.add(new Signal(signal[4].strip(), Integer.parseInt(signal[2]),
                        Long.parseLong(signal[3]), first, Long.parseLong(f[2]), values(f, 3)));
                case "annotation" -> {
                    String[] a = line.split(" ", 4);
                    long duration = Long.parseLong(a[2]);
                    annotations.add(new Annotation(Long.parseLong(a[1]) / 1e7, duration < 0 ? Double.NaN
                            : duration / 1e7, a[3]));
                }
                default -> top.put(f[0], f.length > 1 ? f[1] : "");
            }
        }
        return new Dump(Integer.parseInt(top.get("filetype")), Long.parseLong(top.get("records")), signals,
                annotations);
    }

    private static double[] values(String[] fields, int from) {
        double[] v = new double[fields.length - from];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(fields[from + i]);
        }
        return v;
    }

    private static void build() throws IOException, InterruptedException {
        if (!built) {
            built = true;
            buildFailure = compile();
        }
        assumeTrue(buildFailure == null, () -> "skipped: EDFlib cross-check unavailable: " + buildFailure
                + " (install gcc and libedf-dev)");
    }

    private static String compile() throws IOException, InterruptedException {
        if (!Files.exists(Path.of("/usr/include/edflib.h"))) {
            return "/usr/include/edflib.h not found";
        }
        Files.createDirectories(BINARY.getParent());
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-O1", "-o", BINARY.toString(), SOURCE.toString(), "-ledf")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return "cannot run cc: " + e.getMessage();
        }
        String output = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return cc.waitFor() == 0 ? null : "cc failed: " + output;
    }
}
