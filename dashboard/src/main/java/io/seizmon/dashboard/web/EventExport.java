package io.seizmon.dashboard.web;

import io.seizmon.core.recording.EventsTsv;
import io.seizmon.core.recording.LabelledEvent;
import io.seizmon.dashboard.store.Acknowledgement;
import io.seizmon.dashboard.store.DashboardEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event log as CSV (RFC 4180, one row per event, every stored field) and as a BIDS {@code events.tsv}
 * (written by eeg-core's {@link EventsTsv}): {@code onset} in seconds from a reference time, {@code duration}
 * from the event's offset ({@code n/a} while open), {@code trial_type} the kind, then subject, channel and
 * acknowledgement columns. Rows oldest first. Stateless.
 */
final class EventExport {

    static final List<String> CSV_COLUMNS = List.of("id", "subject", "simulated", "agent", "channel",
            "channel_label", "kind", "priority", "seizure_number", "onset_utc", "onset_us", "offset_us",
            "duration_s", "peak_probability", "detail", "received_utc", "acknowledged", "acknowledged_by",
            "acknowledged_utc");

    private EventExport() {
    }

    /** The CSV text of {@code events}, header first. */
    static String csv(List<DashboardEvent> events) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (DashboardEvent e : oldestFirst(events)) {
            Acknowledgement ack = e.acknowledgement();
            List<Object> row = List.of(e.id(), e.subject(), e.simulated(), e.agent(), text(e.channel()),
                    text(e.channelLabel()), e.kind(), e.priority(), e.seizureNumber(), micros(e.onsetUs()),
                    e.onsetUs(), text(e.offsetUs()), text(duration(e)), e.peakProbability(), e.detail(),
                    Instant.ofEpochMilli(e.receivedMs()), ack != null, ack == null ? "" : ack.userName(),
                    ack == null ? "" : Instant.ofEpochMilli(ack.acknowledgedMs()));
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(String.valueOf(row.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * The BIDS events.tsv text of {@code events}; onsets in seconds after {@code referenceUs}, or after the earliest
     * event's onset when null.
     */
    static String tsv(List<DashboardEvent> events, Long referenceUs) {
        List<DashboardEvent> sorted = oldestFirst(events);
        long reference = referenceUs != null ? referenceUs : sorted.isEmpty() ? 0 : sorted.get(0).onsetUs();
        List<LabelledEvent> rows = new ArrayList<>();
        for (DashboardEvent e : sorted) {
            Acknowledgement ack = e.acknowledgement();
            Map<String, String> other = new LinkedHashMap<>();
            other.put("subject", e.subject());
            other.put("simulated", String.valueOf(e.simulated()));
            other.put("channel", e.channel() == null ? "n/a" : e.channel().toString());
            other.put("channel_label", e.channelLabel() == null || e.channelLabel().isEmpty() ? "n/a"
                    : e.channelLabel());
            other.put("priority", e.priority());
            other.put("acknowledged", String.valueOf(ack != null));
            other.put("acknowledged_by", ack == null ? "n/a" : ack.userName());
            other.put("acknowledged_utc", ack == null ? "n/a" : Instant.ofEpochMilli(ack.acknowledgedMs()).toString());
            other.put("onset_us", Long.toString(e.onsetUs()));
            other.put("event_id", e.id());
            Double duration = duration(e);
            rows.add(new LabelledEvent((e.onsetUs() - reference) / 1e6, duration == null ? Double.NaN : duration,
                    e.kind(), LabelledEvent.isSeizureType(e.kind()), other));
        }
        StringWriter out = new StringWriter();
        try {
            EventsTsv.write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    private static List<DashboardEvent> oldestFirst(List<DashboardEvent> events) {
        // The store lists newest first (ties: newest stored first); reversed and stably sorted, ties keep the order
        // in which the events were stored.
        List<DashboardEvent> sorted = new ArrayList<>(events);
        Collections.reverse(sorted);
        sorted.sort(Comparator.comparingLong(DashboardEvent::onsetUs));
        return sorted;
    }

    private static Double duration(DashboardEvent e) {
        return e.offsetUs() == null ? null : (e.offsetUs() - e.onsetUs()) / 1e6;
    }

    private static String micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L).toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quote(String raw) {
        // A leading = + @ makes spreadsheets run the cell as a formula: neutralise it.
        String value = !raw.isEmpty() && "=+@".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
