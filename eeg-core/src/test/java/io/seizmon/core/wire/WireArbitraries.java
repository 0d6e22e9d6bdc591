package io.seizmon.core.wire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid v1 frames for the property tests: small shapes, the full range of every field. */
final class WireArbitraries {

    private WireArbitraries() {
    }

    static Arbitrary<String> subjectIds() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('.', '_', '-').ofMaxLength(63);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /** Valid frames with finite samples anywhere in the float32 range. */
    static Arbitrary<EegFrame> frames() {
        return frames(Arbitraries.floats().withSpecialValue(-0.0f).withSpecialValue(Float.MIN_VALUE)
                .withSpecialValue(Float.MAX_VALUE).withSpecialValue(-Float.MAX_VALUE));
    }

    static Arbitrary<EegFrame> frames(Arbitrary<Float> sampleValues) {
        Arbitrary<Integer> channels = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> samplesPerChannel = Arbitraries.integers().between(1, 12);
        Arbitrary<Double> rates = Arbitraries.doubles().between(1.0, 100_000.0).withSpecialValue(250.0);
        return Combinators.combine(subjectIds(), Arbitraries.of(true, false), Arbitraries.longs(), Arbitraries.longs(),
                rates, channels, samplesPerChannel).flatAs((subject, simulated, seq, t0, rate, c, n) ->
                sampleValues.array(float[].class).ofSize(c * n)
                        .map(samples -> new EegFrame(subject, simulated, seq, t0, rate, c, n, samples)));
    }
}
