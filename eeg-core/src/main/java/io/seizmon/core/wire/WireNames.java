package io.seizmon.core.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Looks up the constant of a wire enum ({@link AlertKind}, {@link ChannelQuality}, ...) by its wire name. */
final class WireNames {

    private WireNames() {
    }

    /** Returns the constant whose wire name equals {@code wireName} exactly, or empty (also for null). */
    static <E extends Enum<E>> Optional<E> find(E[] constants, Function<E, String> wireNameOf, String wireName) {
        for (E constant : constants) {
            if (wireNameOf.apply(constant).equals(wireName)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Returns every wire name, in declaration order, for the detail of a rejection. */
    static <E extends Enum<E>> List<String> all(E[] constants, Function<E, String> wireNameOf) {
        return Arrays.stream(constants).map(wireNameOf).toList();
    }
}
