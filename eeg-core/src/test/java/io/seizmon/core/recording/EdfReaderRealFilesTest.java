package io.seizmon.core.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header facts and annotations of the 14 real EDF/BDF files, as their README states them. */
class EdfReaderRealFilesTest {

    static final String DIR = "edf-reader-testfiles/";

    static EdfReader open(String relative) throws IOException {
        return EdfReader.open(TestData.require(DIR + relative), RecordingOptions.DEFAULTS);
    }

    static List<String> labels(RecordingHeader h) {
        return h.signals().stream().map(SignalInfo::label).toList();
    }

    static double[] rates(RecordingHeader h) {
        return h.signals().stream().filter(s -> !s.annotation()).mapToDouble(SignalInfo::sampleRateHz).toArray();
    }

    static void assertLayout(RecordingHeader h, RecordingFormat format, long records, double duration, int signals) {
        assertThat(h.format()).isEqualTo(format);
        assertThat(h.recordCount()).isEqualTo(records);
        assertThat(h.recordDurationSeconds()).isEqualTo(duration);
        assertThat(h.signalCount()).isEqualTo(signals);
    }

    static List<String> texts(List<Annotation> annotations) {
        return annotations.stream().map(Annotation::text).toList();
    }

    @Test
    void readsGeneratorEdfPlusWithStartAndEndAnnotations() throws IOException {
        try (EdfReader r = open("pyedflib/test_generator.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF_PLUS_C, 600, 1.0, 12);
            assertThat(h.durationSeconds()).isEqualTo(600.0);
            assertThat(h.signal(11).annotation()).isTrue();
            assertThat(h.signal(11).label()).isEqualTo("EDF Annotations");
            assertThat(h.signal(11).samplesPerRecord()).isEqualTo(57);
            assertThat(rates(h)).containsOnly(200.0).hasSize(11);
            assertThat(labels(h)).contains("squarewave", "ramp", "pulse", "noise", "sine 1 Hz");
            assertThat(r.annotations()).contains(new Annotation(0, Double.NaN, "Recording starts"),
                    new Annotation(600, Double.NaN, "Recording ends"));
        }
    }

    @Test
    void treatsAnnotationLabelInPlainEdfAsAnnotationSignal() throws IOException {
        try (EdfReader r = open("pyedflib/test_legacy.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF, 600, 1.0, 12);
            assertThat(h.signal(11).annotation()).isTrue();
            assertThat(h.dataSignalIndices()).hasSize(11);
            assertThat(texts(r.annotations())).contains("Recording starts", "Recording ends");
            r.nextRecord();
            r.nextRecord();
            assertThat(r.recordOnsetSeconds()).isEqualTo(1.0);
        }
    }

    @Test
    void readsMixedRateBdfPlus() throws IOException {
        try (EdfReader r = open("pyedflib/test_generator.bdf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.BDF_PLUS_C, 30, 1.0, 6);
            assertThat(h.signal(5).label()).isEqualTo("BDF Annotations");
            assertThat(h.signal(5).annotation()).isTrue();
            assertThat(rates(h)).containsExactly(1000, 800, 500, 975, 999);
            assertThat(h.signals().stream().mapToInt(SignalInfo::samplesPerRecord).limit(5).toArray())
                    .containsExactly(1000, 800, 500, 975, 999);
        }
    }

    @Test
    void readsSubSecondRecordDuration() throws IOException {
        try (EdfReader r = open("pyedflib/test_generator_datarec_generator_0_5.bdf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.BDF_PLUS_C, 60, 0.5, 6);
            assertThat(rates(h)).containsExactly(2000, 1600, 1000, 1950, 1998);
            r.nextRecord();
            r.nextRecord();
            assertThat(r.recordOnsetSeconds()).isEqualTo(0.5);
        }
    }

    @Test
    void readsNonIntegerSampleRates() throws IOException {
        try (EdfReader r = open("pyedflib/test_generator_datarec_generator_2.bdf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.BDF_PLUS_C, 15, 2.0, 6);
            assertThat(rates(h)).containsExactly(500, 400, 250, 487.5, 499.5);
        }
    }

    @Test
    void readsSubSecondAnnotationOnsets() throws IOException {
        try (EdfReader r = open("pyedflib/test_subsecond.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF_PLUS_C, 698, 1.0, 2);
            assertThat(labels(h)).containsExactly("Fp1", "EDF Annotations");
            assertThat(rates(h)).containsExactly(128);
            assertThat(r.annotations()).contains(Annotation.at(2.3457031, "XLSpike"));
            assertThat(texts(r.annotations())).contains("Clip Note", "XLEvent");
        }
    }

    @Test
    void readsUtf8AnnotationText() throws IOException {
        try (EdfReader r = open("pyedflib/test_utf8.edf")) {
            assertLayout(r.header(), RecordingFormat.EDF_PLUS_C, 698, 1.0, 2);
            assertThat(texts(r.annotations())).contains("中文测试八个字", "XLSpike", "XLEvent");
        }
    }

    @Test
    void readsBioSemiHeader() throws IOException {
        try (EdfReader r = open("mne/test.bdf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.BDF, 1, 1.0, 73);
            assertThat(labels(h).subList(0, 2)).containsExactly("Fp1", "AF7");
            assertThat(labels(h)).contains("O2").containsSequence("EXG1", "REOG", "LEOG", "IEOG", "EXG5", "M2", "M1",
                    "EXG8", "Status");
            assertThat(rates(h)).containsOnly(2048);
            assertThat(r.annotations()).isEmpty();
            assertThat(r.nextRecord()).isTrue();
            assertThat(r.nextRecord()).isFalse();
        }
    }

    @Test
    void readsManySignalsWithStartAnnotation() throws IOException {
        try (EdfReader r = open("mne/test.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF_PLUS_C, 6, 1.0, 140);
            assertThat(labels(h)).contains("Status").endsWith("EDF Annotations");
            assertThat(rates(h)).containsOnly(512).hasSize(139);
            assertThat(r.annotations()).contains(Annotation.at(0, "start"));
        }
    }

    @Test
    void readsPlainBdfWithStatusChannel() throws IOException {
        try (EdfReader r = open("mne/test_bdf_stim_channel.bdf")) {
            assertLayout(r.header(), RecordingFormat.BDF, 10, 1.0, 4);
            assertThat(labels(r.header())).containsExactly("C3", "C4", "Cz", "Status");
            assertThat(rates(r.header())).containsOnly(500);
        }
    }

    @Test
    void readsNonIntegerRecordDuration() throws IOException {
        try (EdfReader r = open("mne/test_edf_stim_channel.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF, 1, 9.59375, 25);
            assertThat(h.signal(0).samplesPerRecord()).isEqualTo(1228);
            assertThat(rates(h)).containsOnly(128);
            assertThat(h.durationSeconds()).isEqualTo(9.59375);
        }
    }

    @Test
    void keepsMixedCaseLabels() throws IOException {
        try (EdfReader r = open("mne/test_stim_channel.edf")) {
            assertLayout(r.header(), RecordingFormat.EDF_PLUS_C, 600, 1.0, 4);
            assertThat(labels(r.header())).containsExactly("stAtUs", "tRigGer", "sine 1 Hz", "EDF Annotations");
            assertThat(rates(r.header())).containsOnly(200);
        }
    }

    @Test
    void readsUnevenSampleRatesAndDimensions() throws IOException {
        try (EdfReader r = open("mne/test_uneven_samp.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF, 11, 10.0, 2);
            assertThat(rates(h)).containsExactly(100.0, 12.8);
            assertThat(h.signals().stream().map(SignalInfo::physicalDimension)).containsExactly("V", "uV");
            double[] slow = new double[h.signal(1).samplesPerRecord()];
            r.nextRecord();
            assertThat(r.readPhysical(1, slow, 0)).isEqualTo(128);
        }
    }

    @Test
    void keepsDuplicateLabels() throws IOException {
        try (EdfReader r = open("mne/duplicate_channel_labels.edf")) {
            RecordingHeader h = r.header();
            assertLayout(h, RecordingFormat.EDF_PLUS_C, 10, 1.0, 4);
            assertThat(labels(h).stream().filter("EEG F1-Ref"::equals)).hasSize(2);
            assertThat(rates(h)).containsOnly(250);
            assertThat(Arrays.stream(h.dataSignalIndices()).boxed()).containsExactly(0, 1, 2);
            assertThat(h.signal(0).physicalStep()).isCloseTo((h.signal(0).physicalMax() - h.signal(0).physicalMin())
                    / (h.signal(0).digitalMax() - h.signal(0).digitalMin()), within(1e-15));
        }
    }
}
