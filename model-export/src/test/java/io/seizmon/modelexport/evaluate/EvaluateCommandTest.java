package io.seizmon.modelexport.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.modelexport.ModelExportMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code seizmon evaluate} end to end: a small model trained by {@code seizmon train} on labelled segments (a
 * strong 5-Hz rhythm is a seizure) is evaluated on a continuous recording with two such seizures.
 */
class EvaluateCommandTest {

    private static final double RATE = 256;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path model;

    @BeforeEach
    void givenATrainedModel() throws IOException {
        StringBuilder manifest = new StringBuilder("path,label,sample_rate_hz,group\n");
        for (int f = 0; f < 24; f++) {
            boolean seizure = f % 3 == 0;
            write("seg" + f + ".txt", 10, f, i -> seizure);
            manifest.append("seg").append(f).append(".txt,").append(seizure ? "seizure" : "non-seizure")
                    .append(",256,seg").append(f).append('\n');
        }
        Path data = Files.writeString(dir.resolve("train.csv"), manifest);
        model = dir.resolve("model.onnx");
        assertThat(run("train", "--data", data.toString(), "--out", model.toString(), "--folds", "0",
                "--learning-rate", "0.01", "--epochs", "200", "--hidden", "16", "--quiet"))
                .as("train; stderr: %s", err).isZero();
    }

    @Test
    void evaluatesAContinuousRecordingPerWindowAndPerEvent() throws IOException {
        write("long.txt", 600, 99, i -> inSeizure(i / RATE));
        Files.writeString(dir.resolve("long_events.tsv"), "onset\tduration\ttrial_type\n100\t40\tsz\n400\t40\tsz\n");
        Path data = Files.writeString(dir.resolve("eval.csv"), "path,label,sample_rate_hz\nlong.txt,continuous,256\n");
        Path report = dir.resolve("report");

        int exit = run("evaluate", "--model", model.toString(), "--data", data.toString(), "--report",
                report.toString());

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("windows: 120 (16 seizure)")
                .contains("events (SzCORE): 2 seizures, 2 detected").contains("throughput: ");
        String json = Files.readString(report.resolve("report.json"));
        assertThat(json).contains("\"true_positives\" : 2").contains("\"reference\" : 2");
        assertThat(report.resolve("roc.png")).isNotEmptyFile();
        assertThat(report.resolve("scores.png")).isNotEmptyFile();
        assertThat(report.resolve("detections/long_events.tsv")).content().startsWith("onset\tduration\ttrial_type");
        assertThat(report.resolve("detections/long_szcore.tsv")).isNotEmptyFile();
        assertThat(report.resolve("detections/long_timeline.png")).isNotEmptyFile();
        assertThat(report.resolve("report.md")).content().contains("| long |");
    }

    @Test
    void detectionOptionsOverrideTheModelsPolicy() throws IOException {
        write("long.txt", 600, 99, i -> inSeizure(i / RATE));
        Files.writeString(dir.resolve("long_events.tsv"), "onset\tduration\ttrial_type\n100\t40\tsz\n400\t40\tsz\n");
        Path data = Files.writeString(dir.resolve("eval.csv"), "path,label,sample_rate_hz\nlong.txt,continuous,256\n");

        int exit = run("evaluate", "--model", model.toString(), "--data", data.toString(), "--hop", "1",
                "--min-event", "60s");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString()).as("no onset can span 60 s inside 40-s seizures")
                .contains("events (SzCORE): 2 seizures, 0 detected");
        assertThat(run("evaluate", "--model", model.toString(), "--data", data.toString(), "--onset-windows", "5",
                "--onset-of", "4")).isEqualTo(2);
        assertThat(err.toString()).contains("onsetWindows: 5 (expected: 1 to onsetOf 4)");
    }

    @Test
    void leavesWindowsTheQualityGateRefusesUnscoredAsTheAgentDoes() throws IOException {
        // An electrode off (a constant 0 µV) from 300 s to 330 s: the six 5-s windows there are FLAT.
        write("long.txt", 600, 99, i -> inSeizure(i / RATE), i -> i >= 300 * RATE && i < 330 * RATE);
        Files.writeString(dir.resolve("long_events.tsv"), "onset\tduration\ttrial_type\n100\t40\tsz\n400\t40\tsz\n");
        Path data = Files.writeString(dir.resolve("eval.csv"), "path,label,sample_rate_hz\nlong.txt,continuous,256\n");

        int exit = run("evaluate", "--model", model.toString(), "--data", data.toString());

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("windows: 114 (16 seizure)")
                .contains("events (SzCORE): 2 seizures, 2 detected");
    }

    @Test
    void refusesDataAtAnotherRateNamingBoth() throws IOException {
        write("slow.txt", 30, 5, i -> false);
        Path data = Files.writeString(dir.resolve("slow.csv"), "path,label,sample_rate_hz\nslow.txt,0,128\n");

        assertThat(run("evaluate", "--model", model.toString(), "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("seizmon evaluate: ").contains("128.0").contains("256.0");
    }

    @Test
    void missingModelOrDataExitsWithTwoAndSaysWhich() {
        assertThat(run("evaluate", "--model", dir.resolve("none.onnx").toString(), "--data", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("seizmon evaluate: ");
        assertThat(run("evaluate", "--model", model.toString(), "--data", dir.resolve("nothing").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("nothing").contains("no such file or folder");
    }

    private static boolean inSeizure(double seconds) {
        return (seconds >= 100 && seconds < 140) || (seconds >= 400 && seconds < 440);
    }

    /** Writes {@code seconds} of 10-µV noise, with a 60-µV 5-Hz rhythm where {@code seizure} holds. */
    private void write(String name, int seconds, long seed, IntPredicate seizure) throws IOException {
        write(name, seconds, seed, seizure, i -> false);
    }

    /** As {@link #write(String, int, long, IntPredicate)}, with exactly 0 µV where {@code flat} holds. */
    private void write(String name, int seconds, long seed, IntPredicate seizure, IntPredicate flat)
            throws IOException {
        Random random = new Random(seed);
        String text = IntStream.range(0, (int) RATE * seconds)
                .mapToObj(i -> String.format(Locale.ROOT, "%.3f", flat.test(i) ? 0 : 10 * random.nextGaussian()
                        + (seizure.test(i) ? 60 * Math.sin(2 * Math.PI * 5 * i / RATE) : 0)))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(dir.resolve(name), text);
    }

    private int run(String... args) {
        CommandLine commandLine = ModelExportMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
