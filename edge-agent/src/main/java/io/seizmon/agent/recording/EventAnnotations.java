package io.seizmon.agent.recording;

import io.seizmon.core.wire.AlertEvent;
import java.util.Locale;

/**
 * The annotation text of an event: {@code <kind> ch<n> [<label>] [#<seizure>] [p=<peak>] [<detail>] id=<event id>},
 * e.g. {@code seizure_onset ch1 C3 #1 p=0.930 3 of 4 windows >= 0.5
 * id=edge-01:cage-07:1:1700000000000000:seizure_onset} (one line).
 * Stream-wide events have {@code stream} instead of a channel. The detail is shortened so the text stays within
 * {@link #MAX_CHARS} (the id is always whole).
 */
final class EventAnnotations {

    /** Most characters of a text: at most 3 UTF-8 bytes each, well within a record's annotation space. */
    static final int MAX_CHARS = 320;
    private static final int MAX_LABEL_CHARS = 32;

    private EventAnnotations() {
    }

    static String text(AlertEvent e) {
        StringBuilder head = new StringBuilder(e.kind().wireName());
        if (e.channel().isPresent()) {
            head.append(" ch").append(e.channel().getAsInt());
            e.channelLabel().ifPresent(label -> head.append(' ')
                    .append(label, 0, Math.min(label.length(), MAX_LABEL_CHARS)));
        } else {
            head.append(" stream");
        }
        if (e.seizureNumber() > 0) {
            head.append(" #").append(e.seizureNumber());
        }
        if (e.kind().seizure()) {
            head.append(String.format(Locale.ROOT, " p=%.3f", e.peakProbability()));
        }
        String tail = " id=" + e.id();
        String detail = e.detail().replaceAll("[\\x00-\\x1f\\x7f]", " ");
        int room = MAX_CHARS - head.length() - tail.length() - 1;
        if (detail.length() > room) {
            detail = detail.substring(0, Math.max(0, room));
        }
        return detail.isEmpty() ? head + tail : head + " " + detail + tail;
    }
}
