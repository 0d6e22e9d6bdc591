package io.seizmon.core.wire;

import io.seizmon.core.detect.DetectionSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid alert, score and agent-status payloads over the full documented ranges. */
final class PayloadArbitraries {

    private PayloadArbitraries() {
    }

    /** Text without control characters: printable ASCII, Latin-1 letters and a few CJK ideographs. */
    static Arbitrary<String> text(int minLength, int maxLength) {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00c0', '\u00ff')
                .withCharRange('\u4e00', '\u4e10').ofMinLength(minLength).ofMaxLength(maxLength);
    }

    static Arbitrary<String> modelIds() {
        return text(1, PayloadChecks.MAX_MODEL_ID_LENGTH);
    }

    static Arbitrary<String> modelSha256s() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(64));
    }

    static Arbitrary<DetectionSpec> detectionSpecs() {
        Arbitrary<Double> thresholds = Arbitraries.doubles().between(0, false, 1, true).withSpecialValue(1.0);
        Arbitrary<Double> seconds = Arbitraries.doubles().between(0, 1e9).withSpecialValue(0.0);
        return Arbitraries.integers().between(1, DetectionSpec.MAX_HISTORY).flatMap(n -> Combinators.combine(
                thresholds, Arbitraries.integers().between(1, n), Arbitraries.integers().between(1, Integer.MAX_VALUE),
                seconds, seconds).as((threshold, k, m, min, refractory) ->
                DetectionSpec.of(threshold, k, n, m, min, refractory)));
    }

    static Arbitrary<AlertEvent> alertEvents() {
        return Arbitraries.of(AlertKind.class).flatMap(kind -> Combinators.combine(
                Combinators.combine(WireArbitraries.subjectIds(), WireArbitraries.subjectIds(),
                        Arbitraries.of(true, false), channels(kind), Arbitraries.longs(), Arbitraries.longs(),
                        Arbitraries.longs(), Arbitraries.longs()).as(AlertHead::new),
                seizureNumbers(kind), peakProbabilities(kind), Arbitraries.integers().greaterOrEqual(0),
                modelIds(), modelSha256s(), detectionSpecs(), text(0, AlertEvent.MAX_DETAIL_LENGTH))
                .as((head, number, peak, windows, modelId, sha, spec, detail) -> head.event(kind, number, peak,
                        windows, modelId, sha, spec, detail)));
    }

    /** The channel and its label: none for stream-wide kinds, otherwise either. */
    private static Arbitrary<Optional<ChannelAndLabel>> channels(AlertKind kind) {
        Arbitrary<ChannelAndLabel> channel = Combinators.combine(
                Arbitraries.integers().between(0, AlertEvent.MAX_CHANNEL),
                text(0, StreamMeta.MAX_LABEL_LENGTH).optional()).as(ChannelAndLabel::new);
        return kind.streamWide() ? Arbitraries.just(Optional.empty()) : channel.optional();
    }

    private static Arbitrary<Integer> seizureNumbers(AlertKind kind) {
        return kind.seizure() ? Arbitraries.integers().between(1, Integer.MAX_VALUE) : Arbitraries.just(0);
    }

    private static Arbitrary<Double> peakProbabilities(AlertKind kind) {
        return kind.seizure() ? Arbitraries.doubles().between(0, 1).withSpecialValue(1.0) : Arbitraries.just(0.0);
    }

    private record ChannelAndLabel(int channel, Optional<String> label) {
    }

    /** The parts of an event that are free of the kind's rules, and two longs that order into onset and offset. */
    private record AlertHead(String agentId, String subjectId, boolean simulated, Optional<ChannelAndLabel> channel,
                             long a, long b, long decisionMicros, long publishedMicros) {

        AlertEvent event(AlertKind kind, int number, double peak, int windows, String modelId, String sha,
                         DetectionSpec spec, String detail) {
            long onset = Math.min(a, b);
            boolean open = kind == AlertKind.SEIZURE_ONSET || kind == AlertKind.SIGNAL_LOST
                    || (kind != AlertKind.SEIZURE_OFFSET && (a & 1) == 0);
            OptionalLong offset = open ? OptionalLong.empty() : OptionalLong.of(Math.max(a, b));
            OptionalInt channelIndex = channel.map(c -> OptionalInt.of(c.channel())).orElse(OptionalInt.empty());
            Optional<String> label = channel.flatMap(ChannelAndLabel::label);
            String id = AlertEvent.idFor(agentId, subjectId, channel.map(ChannelAndLabel::channel).orElse(null),
                    onset, kind);
            return new AlertEvent(id, agentId, subjectId, simulated, channelIndex, label, kind, number, onset, offset,
                    decisionMicros, publishedMicros, peak, windows, modelId, sha, spec, detail);
        }
    }

    static Arbitrary<ScoreUpdate> scoreUpdates() {
        Arbitrary<Double> probability = Arbitraries.doubles().between(0, 1).withSpecialValue(0.0)
                .withSpecialValue(1.0);
        Arbitrary<List<ChannelQuality>> quality = Arbitraries.of(ChannelQuality.class).list().ofMinSize(1)
                .ofMaxSize(40);
        return Combinators.combine(WireArbitraries.subjectIds(), WireArbitraries.subjectIds(),
                Arbitraries.of(true, false), Arbitraries.longs(), Arbitraries.longs(), quality, probability,
                modelIds()).flatAs((agent, subject, simulated, a, b, q, threshold, modelId) ->
                probabilitiesFor(q, probability).map(p -> new ScoreUpdate(agent, subject, simulated, Math.min(a, b),
                        Math.max(a, b), p, q, threshold == 0 ? 1.0 : threshold, modelId)));
    }

    private static Arbitrary<double[]> probabilitiesFor(List<ChannelQuality> quality, Arbitrary<Double> probability) {
        return probability.list().ofSize(quality.size()).map(p -> {
            double[] values = new double[quality.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = quality.get(c).scoreable() ? p.get(c) : Double.NaN;
            }
            return values;
        });
    }

    static Arbitrary<AgentStatus> agentStatuses() {
        Arbitrary<List<String>> subjects = WireArbitraries.subjectIds().list().uniqueElements().ofMaxSize(30);
        return Combinators.combine(WireArbitraries.subjectIds(), Arbitraries.of(AgentState.class),
                Arbitraries.longs(), modelIds(), modelSha256s(), subjects,
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1)
                        .ofMaxLength(AgentStatus.MAX_VERSION_LENGTH))
                .flatAs((agent, state, since, modelId, sha, ids, version) ->
                        Arbitraries.subsetOf(ids).map(simulated -> new AgentStatus(agent, state, since, modelId, sha,
                                ids, ids.stream().filter(simulated::contains).toList(), version)));
    }
}
