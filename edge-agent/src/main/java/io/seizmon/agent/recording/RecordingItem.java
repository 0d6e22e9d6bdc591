package io.seizmon.agent.recording;

import io.seizmon.agent.pipeline.StreamKey;
import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.EegFrame;
import java.util.List;

/** What the pipeline threads queue for the {@code recording-writer} thread. */
sealed interface RecordingItem permits RecordingItem.Frame, RecordingItem.Break, RecordingItem.Event {

    /** A frame to write; {@code labels} from the stream's metadata or null. The frame is shared, never modified. */
    record Frame(StreamKey key, EegFrame frame, List<String> labels) implements RecordingItem {
    }

    /** The stream broke or went away: its file ends. */
    record Break(StreamKey key) implements RecordingItem {
    }

    /** An event to annotate in its stream's file. */
    record Event(AlertEvent event) implements RecordingItem {
    }
}
