package io.seizmon.modelexport.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.dataset.SeizureInterval;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link EventScoring} against 300 random recordings scored by an independent, mask-based implementation
 * ({@code src/test/resources/metrics/make_szcore_reference.py}, numpy, fixed seed). Counts must match exactly.
 */
class EventScoringReferenceTest {

    private static final EventScoring SZCORE = new EventScoring(EventScoringSpec.SZCORE);

    @Test
    void countsMatchTheMaskBasedReference() throws IOException {
        List<String> rows = rows();
        assertThat(rows).hasSize(300);
        for (String row : rows) {
            String[] f = row.split("\t");
            double seconds = Double.parseDouble(f[0]);
            List<SeizureInterval> reference = parse(f[1]).stream()
                    .map(e -> new SeizureInterval(e[0], e[1])).toList();
            List<HypothesisEvent> hypotheses = parse(f[2]).stream()
                    .map(e -> HypothesisEvent.of(e[0], e[1])).toList();

            EventScore s = SZCORE.score(reference, hypotheses, seconds);

            assertThat(new long[] {s.referenceEvents(), s.truePositives(), s.falsePositives(), s.hypothesisEvents()})
                    .as("reference events, tp, fp, hypothesis events for %s", row)
                    .containsExactly(Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                            Long.parseLong(f[6]));
        }
    }

    private static List<double[]> parse(String field) {
        List<double[]> out = new ArrayList<>();
        if (!field.equals("-")) {
            for (String event : field.split(";")) {
                String[] bounds = event.split("-");
                out.add(new double[] {Double.parseDouble(bounds[0]), Double.parseDouble(bounds[1])});
            }
        }
        return out;
    }

    private static List<String> rows() throws IOException {
        try (InputStream in = EventScoringReferenceTest.class.getResourceAsStream("/metrics/szcore_reference.tsv")) {
            assertThat(in).as("szcore_reference.tsv on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        }
    }
}
