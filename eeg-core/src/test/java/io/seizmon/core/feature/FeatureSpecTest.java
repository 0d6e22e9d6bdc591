package io.seizmon.core.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureSpecTest {

    @ParameterizedTest(name = "{0} Hz, {1} s")
    @CsvSource({
            // fs, window s, n, L, step, segments, skipped, fft
            "64, 5, 320, 64, 32, 9, 0, 64",
            "173.61, 5, 868, 174, 87, 8, 85, 256",
            "173.61, 1, 174, 174, 87, 1, 0, 256",
            "400, 5, 2000, 400, 200, 9, 0, 512",
            "512, 4, 2048, 512, 256, 7, 0, 512",
            "1000, 5, 5000, 1000, 500, 9, 0, 1024",
            "4000, 5, 20000, 4000, 2000, 9, 0, 4096",
            "4000, 60, 240000, 4000, 2000, 119, 0, 4096"})
    void derivesSegmentationFromSampleRateAndWindow(double sampleRateHz, double windowSeconds, int windowSamples,
                                                    int segmentSamples, int step, int segmentCount, int skipped,
                                                    int fftSize) {
        FeatureSpec spec = FeatureSpec.of(sampleRateHz, windowSeconds);

        assertThat(spec.windowSamples()).isEqualTo(windowSamples);
        assertThat(spec.segmentSamples()).isEqualTo(segmentSamples);
        assertThat(spec.segmentStepSamples()).isEqualTo(step);
        assertThat(spec.segmentCount()).isEqualTo(segmentCount);
        assertThat(spec.skippedSamples()).isEqualTo(skipped);
        assertThat(spec.fftSize()).isEqualTo(fftSize);
        assertThat(spec.skippedSamples() + spec.segmentSamples() + (segmentCount - 1) * step)
                .isEqualTo(windowSamples);
    }

    @Test
    void defaultsToFiveSecondsHundredBinsAndMicroEpsilon() {
        FeatureSpec spec = FeatureSpec.of(256);

        assertThat(spec).isEqualTo(new FeatureSpec("seizmon-welch-log10-1hz-v1", 256, 5, 100, 1e-6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0      | 5   | sampleRateHz: 0.0 (expected: >= 64.0 and <= 4000.0)",
            "63.9   | 5   | sampleRateHz: 63.9 (expected: >= 64.0 and <= 4000.0)",
            "4000.5 | 5   | sampleRateHz: 4000.5 (expected: >= 64.0 and <= 4000.0)",
            "NaN    | 5   | sampleRateHz: NaN (expected: >= 64.0 and <= 4000.0)",
            "256    | 0.5 | windowSeconds: 0.5 (expected: >= 1.0 and <= 60.0)",
            "256    | 61  | windowSeconds: 61.0 (expected: >= 1.0 and <= 60.0)",
            "256    | NaN | windowSeconds: NaN (expected: >= 1.0 and <= 60.0)"})
    void rejectsOutOfRangeRateOrWindowNamingTheValue(double sampleRateHz, double windowSeconds, String message) {
        assertThatThrownBy(() -> FeatureSpec.of(sampleRateHz, windowSeconds))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsUnknownIdBadBinCountAndBadEpsilon() {
        assertThatThrownBy(() -> new FeatureSpec("seizmon-welch-v0", 256, 5, 100, 1e-6))
                .hasMessage("id: seizmon-welch-v0 (expected: seizmon-welch-log10-1hz-v1)");
        assertThatThrownBy(() -> new FeatureSpec(FeatureSpec.ID_V1, 256, 5, 0, 1e-6))
                .hasMessage("binCount: 0 (expected: >= 1 and <= 1000)");
        assertThatThrownBy(() -> new FeatureSpec(FeatureSpec.ID_V1, 256, 5, 100, 0))
                .hasMessage("epsilon: 0.0 (expected: finite and > 0)");
        assertThatThrownBy(() -> new FeatureSpec(FeatureSpec.ID_V1, 256, 5, 100, Double.POSITIVE_INFINITY))
                .hasMessage("epsilon: Infinity (expected: finite and > 0)");
    }

    @Test
    void metadataRoundTripsToAnEqualSpec() {
        FeatureSpec spec = new FeatureSpec(FeatureSpec.ID_V1, 173.61, 4.5, 90, 1e-4);

        assertThat(spec.toMetadata()).isEqualTo(
                "seizmon-welch-log10-1hz-v1 sampleRateHz=173.61 windowSeconds=4.5 binCount=90 epsilon=1.0E-4");
        assertThat(FeatureSpec.parse(spec.toMetadata())).isEqualTo(spec);
        assertThat(FeatureSpec.parse("seizmon-welch-log10-1hz-v1 epsilon=1e-6 binCount=100 windowSeconds=5 "
                + "sampleRateHz=256")).isEqualTo(FeatureSpec.of(256));
    }

    @Test
    void parseRejectsMalformedMetadata() {
        String id = FeatureSpec.ID_V1;
        assertThatThrownBy(() -> FeatureSpec.parse(id + " sampleRateHz=256 windowSeconds=5 binCount=100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("featureSpec.epsilon: missing");
        assertThatThrownBy(() -> FeatureSpec.parse(id + " sampleRateHz=256 windowSeconds=5 binCount=100 "
                + "epsilon=1e-6 extra=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureSpec.parse(id + " sampleRateHz=256 sampleRateHz=512 windowSeconds=5 "
                + "binCount=100 epsilon=1e-6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureSpec.parse(id + " sampleRateHz=256 windowSeconds=5 binCount=99.5 "
                + "epsilon=1e-6")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integer");
        assertThatThrownBy(() -> FeatureSpec.parse(id + " sampleRateHz=fast windowSeconds=5 binCount=100 "
                + "epsilon=1e-6")).hasMessage("featureSpec.sampleRateHz: fast (expected: a number)");
        assertThatThrownBy(() -> FeatureSpec.parse("other-v2 sampleRateHz=256 windowSeconds=5 binCount=100 "
                + "epsilon=1e-6")).hasMessageStartingWith("id: other-v2");
    }
}
