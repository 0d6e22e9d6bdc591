package io.seizmon.simulator.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.core.testing.MosquittoBroker;
import io.seizmon.core.wire.EegFrame;
import io.seizmon.core.wire.TruthEvent;
import io.seizmon.simulator.SimulatorMain;
import io.seizmon.simulator.TopicRecorder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code synth --live} through Debian's mosquitto: the subscriber receives exactly the samples the generator makes
 * for that seed, in order, and every scheduled seizure on the {@code truth} topic.
 */
class SynthLiveIT {

    @RegisterExtension
    static final MosquittoBroker BROKER = new MosquittoBroker();

    private static final int SECONDS = 1800;
    private static final double RATE_HZ = 250;

    @Test
    void streamsTheGeneratedSamplesAndTheSeizuresAsGroundTruth() throws Exception {
        SynthSpec spec = SynthSpec.of(RATE_HZ, SECONDS, 5).withSeizuresPerDay(120);
        List<LabelledEvent> scheduled;
        float[] expected = new float[(int) (SECONDS * RATE_HZ)];
        try (SyntheticSource source = SyntheticSource.subject(spec, 0)) {
            scheduled = source.events();
            float[] chunk = new float[1000];
            int n = 0;
            int read;
            while ((read = source.read(chunk, chunk.length)) > 0) {
                System.arraycopy(chunk, 0, expected, n, read);
                n += read;
            }
            assertThat(n).isEqualTo(expected.length);
        }
        assertThat(scheduled).filteredOn(LabelledEvent::seizure).as("the seed schedules seizures").isNotEmpty();

        try (TopicRecorder recorder = TopicRecorder.subscribe(BROKER.url(), SyntheticSource.subjectId(0))) {
            StringWriter err = new StringWriter();
            int status = SimulatorMain.execute(new String[] {"synth", "--live", "--broker", BROKER.url(),
                "--speed", "max", "--quiet", "--rate", "250", "--duration", SECONDS + "s", "--seed", "5",
                "--seizures-per-day", "120"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(status).as("exit status; stderr: %s", err).isZero();
            await().atMost(Duration.ofSeconds(60)).until(recorder::streamEnded);

            List<EegFrame> frames = recorder.frames();
            assertThat(frames).extracting(EegFrame::sequence)
                    .containsExactlyElementsOf(LongStream.range(0, frames.size()).boxed().toList());
            assertThat(frames).allSatisfy(f -> assertThat(f.simulated()).isTrue());
            int i = 0;
            for (EegFrame frame : frames) {
                for (int s = 0; s < frame.samplesPerChannel(); s++, i++) {
                    assertThat(frame.sample(s, 0)).as("sample %d", i).isEqualTo(expected[i]);
                }
            }
            assertThat(i).isEqualTo(expected.length);
            long t0 = frames.get(0).firstSampleMicros();
            List<TruthEvent> seizures = recorder.truths().stream().filter(TruthEvent::seizure).toList();
            List<LabelledEvent> scheduledSeizures = scheduled.stream().filter(LabelledEvent::seizure).toList();
            assertThat(seizures).hasSameSizeAs(scheduledSeizures);
            for (int k = 0; k < seizures.size(); k++) {
                assertThat((seizures.get(k).onsetMicros() - t0) / 1e6).as("onset of seizure %d", k)
                        .isCloseTo(scheduledSeizures.get(k).onsetSeconds(), within(1e-5));
                assertThat(seizures.get(k).durationSeconds())
                        .isCloseTo(scheduledSeizures.get(k).durationSeconds(), within(1e-9));
            }
        }
    }
}
