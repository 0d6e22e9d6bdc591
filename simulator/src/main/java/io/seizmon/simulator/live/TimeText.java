package io.seizmon.simulator.live;

import java.util.Locale;

/** Times as people read them in progress lines and summaries. Stateless. */
final class TimeText {

    private TimeText() {
    }

    /** Returns {@code seconds} as {@code H:MM:SS.s}, e.g. {@code 0:11:38.0}. */
    static String clock(double seconds) {
        long tenths = Math.round(seconds * 10);
        return String.format(Locale.ROOT, "%d:%02d:%02d.%d", tenths / 36000, tenths / 600 % 60, tenths / 10 % 60,
                tenths % 10);
    }

    /** Returns {@code nanos} as milliseconds with one decimal, e.g. {@code 0.4 ms}. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
