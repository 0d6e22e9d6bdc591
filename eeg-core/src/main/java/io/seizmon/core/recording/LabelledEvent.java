package io.seizmon.core.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a BIDS {@code events.tsv}: an event with a type and whether that type is a seizure.
 *
 * <p>Seizure rule ({@link #isSeizureType}): the type, lower-cased and trimmed, starts with {@code sz} (the SzCORE
 * / BIDS-EEG seizure codes {@code sz}, {@code sz_foc_ia}, ...) or contains {@code seizure}, and does not start with
 * {@code no} ({@code non-seizure}, {@code no seizure}, {@code nonseizure}). Everything else ({@code bckg},
 * {@code artifact}, empty, {@code n/a}) is not a seizure.
 *
 * @param onsetSeconds    onset in seconds from the recording's start, finite
 * @param durationSeconds duration in seconds, &ge; 0, or NaN for {@code n/a}
 * @param eventType       the {@code trial_type} (or {@code eventType}) value, empty when absent or {@code n/a}
 * @param seizure         whether {@code eventType} is a seizure by the rule above
 * @param otherColumns    every other column of the row, by column name in file order (values as written)
 */
public record LabelledEvent(double onsetSeconds, double durationSeconds, String eventType, boolean seizure,
                            Map<String, String> otherColumns) {

    public LabelledEvent {
        Objects.requireNonNull(eventType, "eventType");
        new Annotation(onsetSeconds, durationSeconds, eventType);
        otherColumns = Collections.unmodifiableMap(new LinkedHashMap<>(otherColumns));
    }

    /** Returns an event whose seizure flag follows the rule, without other columns. */
    public static LabelledEvent of(double onsetSeconds, double durationSeconds, String eventType) {
        return new LabelledEvent(onsetSeconds, durationSeconds, eventType, isSeizureType(eventType), Map.of());
    }

    /** Returns an event for an annotation, its text as the type. */
    public static LabelledEvent of(Annotation annotation) {
        return of(annotation.onsetSeconds(), annotation.durationSeconds(), annotation.text());
    }

    /** Returns this event as an annotation whose text is the type. */
    public Annotation toAnnotation() {
        return new Annotation(onsetSeconds, durationSeconds, eventType);
    }

    /** Applies the seizure rule of the class comment to {@code type}. */
    public static boolean isSeizureType(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return (t.startsWith("sz") || t.contains("seizure")) && !t.startsWith("no");
    }
}
