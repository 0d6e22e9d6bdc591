package io.seizmon.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectIdsTest {

    @Test
    void normalisesFileNamesToTheSubjectGrammar() {
        assertThat(SubjectIds.fromFileName("PN00-1_F8_64Hz.csv")).isEqualTo("pn00-1_f8_64hz");
        assertThat(SubjectIds.fromFileName("sub-01_task-rest_eeg.edf")).isEqualTo("sub-01_task-rest_eeg");
        assertThat(SubjectIds.fromFileName("Rat 7 (night).edf")).isEqualTo("rat-7-night");
        assertThat(SubjectIds.fromFileName("_Été été.bdf")).isEqualTo("ete-ete");
        assertThat(SubjectIds.fromFileName("中文.edf")).isEqualTo(SubjectIds.FALLBACK);
        assertThat(SubjectIds.fromFileName(".hidden")).isEqualTo("hidden");
        String longName = SubjectIds.fromFileName("x".repeat(100) + ".edf");
        assertThat(longName).hasSize(64);
        assertThat(List.of("Rat 7 (night)", "_Été été", longName)).allMatch(n -> Topics.isValidSubjectId(
                SubjectIds.normalise(n)));
    }

    @Test
    void makesIdsUniqueWithinTheLengthLimit() {
        String sixtyFour = "a".repeat(64);
        assertThat(SubjectIds.unique(List.of("a", "b", "a", "a", sixtyFour, sixtyFour)))
                .containsExactly("a", "b", "a-2", "a-3", sixtyFour, "a".repeat(62) + "-2");
    }
}
