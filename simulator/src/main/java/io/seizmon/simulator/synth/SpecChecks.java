package io.seizmon.simulator.synth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Argument checks of {@link SynthSpec}, with messages that name the parameter, its value and the expectation. */
final class SpecChecks {

    private SpecChecks() {
    }

    static void range(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: " + min + " to " + max + ")");
        }
    }

    static void positive(String name, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new IllegalArgumentException(name + ": " + value + " (expected: > 0 and <= " + max + ")");
        }
    }

    /** Checks that {@code rates} holds exactly the kinds scheduled by rate, each in range; returns a copy. */
    static Map<EventKind, Double> rates(Map<EventKind, Double> rates, double max) {
        if (rates == null) {
            throw new IllegalArgumentException("eventsPerHour: null (expected: a rate for every kind scheduled by "
                    + "rate)");
        }
        Map<EventKind, Double> copy = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            Double rate = rates.get(kind);
            if (!kind.ratePerHour()) {
                if (rate != null) {
                    throw new IllegalArgumentException("eventsPerHour[" + kind + "]: " + rate + " (expected: absent;"
                            + " " + kind + " is not scheduled by rate)");
                }
                continue;
            }
            if (rate == null) {
                throw new IllegalArgumentException("eventsPerHour[" + kind + "]: missing (expected: 0 to " + max
                        + ")");
            }
            range("eventsPerHour[" + kind + "]", rate, 0, max);
            copy.put(kind, rate);
        }
        return Collections.unmodifiableMap(copy);
    }
}
