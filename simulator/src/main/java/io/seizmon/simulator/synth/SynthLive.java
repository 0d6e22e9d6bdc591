package io.seizmon.simulator.synth;

import io.seizmon.simulator.live.LiveStreamer;
import io.seizmon.simulator.live.ReplaySummary;
import io.seizmon.simulator.live.StreamOptions;
import io.seizmon.simulator.live.SubjectStream;
import io.seizmon.simulator.pacing.ReplaySpeed;
import io.seizmon.simulator.publish.BrokerOptions;
import io.seizmon.simulator.publish.PublishException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code synth --live}: streams synthetic subjects over MQTT through the same {@link LiveStreamer} a replay uses,
 * so pacing, flow control, metadata and ground truth ({@code truth} topic) behave exactly as for a recording.
 * Each pass (with {@code --loop}) generates the subject again from its seed: the same signal, repeated.
 */
final class SynthLive {

    private SynthLive() {
    }

    /** Streams subjects {@code 0 .. subjects-1} of {@code spec}; returns the exit status of the command. */
    static int stream(SynthSpec spec, int subjects, BrokerOptions broker, ReplaySpeed speed, boolean loop,
                      boolean quiet, PrintWriter out, PrintWriter err) throws InterruptedException {
        List<SubjectStream> streams = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            int index = i;
            streams.add(new SubjectStream(SyntheticSource.subjectId(i), () -> SyntheticSource.subject(spec, index)));
        }
        StreamOptions options = StreamOptions.builder().broker(broker).speed(speed)
                .loop(loop).quiet(quiet).progress(!quiet && System.console() != null).build();
        try {
            ReplaySummary summary = LiveStreamer.run(streams, options, out, err);
            if (summary.succeeded() || (summary.cancelled() && summary.firstFailure() == null)) {
                return SynthCommand.EXIT_OK;
            }
            return fail(err, SynthCommand.EXIT_IO, String.valueOf(summary.firstFailure().getMessage()));
        } catch (IOException | PublishException e) {
            return fail(err, SynthCommand.EXIT_IO, e.getMessage());
        }
    }

    private static int fail(PrintWriter err, int status, String message) {
        err.println("seizmon simulate synth: " + message);
        err.flush();
        return status;
    }
}
