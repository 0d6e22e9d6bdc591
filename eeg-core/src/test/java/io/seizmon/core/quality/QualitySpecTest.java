package io.seizmon.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QualitySpecTest {

    @Test
    void defaultsAreTheDocumentedConstants() {
        assertThat(QualitySpec.DEFAULT).isEqualTo(QualitySpec.of(QualitySpec.DEFAULT_FLAT_STD_MICROVOLTS,
                QualitySpec.DEFAULT_MAX_IDENTICAL_RUN_SECONDS, QualitySpec.DEFAULT_CLIPPING_FRACTION,
                QualitySpec.DEFAULT_MAINS_RATIO));
    }

    @Test
    void rejectsEachOutOfRangeThresholdByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(-1, 0.25, 0.01, 0.5))
                .withMessage("flatStdMicrovolts: -1.0 (expected: finite and >= 0)");
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(Double.NaN, 0.25, 0.01, 0.5))
                .withMessage("flatStdMicrovolts: NaN (expected: finite and >= 0)");
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(1, 0, 0.01, 0.5))
                .withMessage("maxIdenticalRunSeconds: 0.0 (expected: > 0)");
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(1, 0.25, 0, 0.5))
                .withMessage("clippingFraction: 0.0 (expected: > 0 and <= 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(1, 0.25, 1.5, 0.5))
                .withMessage("clippingFraction: 1.5 (expected: > 0 and <= 1)");
        assertThatIllegalArgumentException().isThrownBy(() -> QualitySpec.of(1, 0.25, 0.01, Double.NaN))
                .withMessage("mainsRatio: NaN (expected: > 0)");
    }

    @Test
    void measureOnlyTurnsEveryThresholdOff() {
        QualitySpec off = QualitySpec.measureOnly();

        assertThat(off.flatStdMicrovolts()).isZero();
        assertThat(off.maxIdenticalRunSeconds()).isInfinite();
        assertThat(off.clippingFraction()).isEqualTo(1.0);
        assertThat(off.mainsRatio()).isInfinite();
    }
}
