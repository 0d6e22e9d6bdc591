package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./seizmon demo} promises a seizure alarm within a minute. It streams synthetic subjects with a fixed seed
 * chosen so that one subject's first seizure starts about half a minute in; this test reads the launcher's synth
 * arguments and fails when a change to the generator (or to the script) moves that seizure out of reach.
 */
class DemoScheduleTest {

    private static final Path LAUNCHER = Path.of("..", "seizmon");
    private static final double EARLIEST_SECONDS = 15;
    private static final double LATEST_SECONDS = 40;

    @Test
    void theDemoSeedStartsASeizureWithinTheFirstMinute() throws IOException {
        String script = Files.readString(LAUNCHER);
        long seed = Long.parseLong(argument(script, "--seed"));
        int subjects = Integer.parseInt(argument(script, "--subjects"));
        int channels = Integer.parseInt(argument(script, "--channels"));
        double perDay = Double.parseDouble(argument(script, "--seizures-per-day"));
        SynthSpec spec = SynthSpec.of(SynthSpec.DEFAULT_SAMPLE_RATE_HZ, SynthSpec.DEFAULT_DURATION_SECONDS, seed)
                .withChannelCount(channels).withSeizuresPerDay(perDay);

        double first = Double.MAX_VALUE;
        for (int subject = 0; subject < subjects; subject++) {
            List<SynthEvent> seizures = SchedulePlanner.plan(spec, spec.subjectSeed(subject))
                    .events(EventKind.SEIZURE);
            if (!seizures.isEmpty()) {
                first = Math.min(first, seizures.get(0).startSample() / spec.sampleRateHz());
            }
        }
        assertThat(first).as("first seizure onset of the demo (seed %d), seconds", seed)
                .isBetween(EARLIEST_SECONDS, LATEST_SECONDS);
    }

    /** The value after {@code option} on the launcher's demo synth line. */
    private static String argument(String script, String option) {
        Matcher m = Pattern.compile("DEMO_SYNTH_ARGS=\\([^)]*" + Pattern.quote(option) + "\\s+([0-9.]+)")
                .matcher(script);
        assertThat(m.find()).as("%s in DEMO_SYNTH_ARGS of %s", option, LAUNCHER.toAbsolutePath()).isTrue();
        return m.group(1);
    }
}
