package io.seizmon.simulator.synth;

import java.util.List;

/**
 * The generator of one subject: renders its schedule sample by sample into caller arrays.
 *
 * <p>For each sample {@code n} and channel {@code c} (profile {@code P_c}, {@link ChannelProfile}):
 * <pre>
 * bg_c  = P_c.backgroundGain · (P_c.correlation · common(n) + sqrt(1 - P_c.correlation²) · own_c(n))
 * x_c   = g(n) · (bg_c + P_c.seizureGain · interictal(n)) + eventGain_c · event(n) + P_c.mainsGain · mains(n)
 *         + floor_c(n)
 * out_c = 0 during a flat-line, else x_c clipped to ± the amplifier range
 * </pre>
 * where {@code g(n)} is the active event's background gain (seizures and post-ictal suppression lower it), and
 * {@code eventGain_c} is the seizure gain for seizures and spike trains, the background gain for spindle trains,
 * 1 on the pop's own channel (0 elsewhere) for pops, and the artefact gain otherwise. Every state change and event
 * boundary is handled at its exact sample, so the output does not depend on how the samples are chunked.
 *
 * <p>Allocation-free per sample (all buffers are preallocated); not thread-safe: one thread owns a generator.
 */
final class SyntheticEeg {

    private static final long STREAM_BACKGROUND = 10;
    private static final long STREAM_INTERICTAL = 11;
    private static final long STREAM_FLOOR = 12;
    private static final long STREAM_MAINS = 13;
    private static final long STREAM_CHANNELS = 14;

    private final int channels;
    private final float rangeMicrovolts;
    private final StateEpoch[] states;
    private final SynthEvent[] events;
    private final Background background;
    private final InterictalSpikes interictal;
    private final MainsInterference mains;
    private final PinkNoise[] ownNoise;
    private final Rng channelRng;
    private final Rng floorRng;
    private final double floorMicrovolts;
    private final double[] commonWeight;
    private final double[] ownWeight;
    private final double[] backgroundGain;
    private final double[] seizureGain;
    private final double[] artefactGain;
    private final double[] mainsGain;
    private final double[] eventGain;
    private final EventRenderer[] renderers;
    private EventRenderer active;
    private long activeEnd;
    private boolean flat;
    private int nextState;
    private int nextEvent;
    private long nextChange;
    private long index;

    SyntheticEeg(SynthSpec spec, SubjectProfile profile, SubjectSchedule schedule, long subjectSeed) {
        double rate = spec.sampleRateHz();
        channels = spec.channelCount();
        rangeMicrovolts = (float) spec.amplifierRangeMicrovolts();
        states = schedule.states().toArray(new StateEpoch[0]);
        events = schedule.events().toArray(new SynthEvent[0]);
        background = new Background(rate, profile, new Rng(Rng.derive(subjectSeed, STREAM_BACKGROUND)));
        interictal = new InterictalSpikes(rate, profile, new Rng(Rng.derive(subjectSeed, STREAM_INTERICTAL)));
        mains = new MainsInterference(rate, spec.mainsHz(), profile, new Rng(Rng.derive(subjectSeed, STREAM_MAINS)));
        floorRng = new Rng(Rng.derive(subjectSeed, STREAM_FLOOR));
        channelRng = new Rng(Rng.derive(subjectSeed, STREAM_CHANNELS));
        floorMicrovolts = profile.noiseFloorMicrovolts();
        ownNoise = new PinkNoise[channels];
        commonWeight = new double[channels];
        ownWeight = new double[channels];
        backgroundGain = new double[channels];
        seizureGain = new double[channels];
        artefactGain = new double[channels];
        mainsGain = new double[channels];
        eventGain = new double[channels];
        List<ChannelProfile> channelProfiles = profile.channels();
        for (int c = 0; c < channels; c++) {
            ChannelProfile p = channelProfiles.get(c);
            commonWeight[c] = p.correlation();
            ownWeight[c] = Math.sqrt(1 - p.correlation() * p.correlation());
            backgroundGain[c] = p.backgroundGain();
            seizureGain[c] = p.seizureGain();
            artefactGain[c] = p.artefactGain();
            mainsGain[c] = p.mainsGain();
            if (c > 0) {
                ownNoise[c] = new PinkNoise(rate, profile.spectralExponent());
                ownNoise[c].warmUp(channelRng, rate, Background.WARM_UP_SECONDS);
            }
        }
        renderers = renderers(rate, profile, spec.amplifierRangeMicrovolts());
    }

    private static EventRenderer[] renderers(double rate, SubjectProfile profile, double range) {
        EventRenderer[] r = new EventRenderer[EventKind.values().length];
        r[EventKind.SEIZURE.ordinal()] = new SeizureRenderer(rate, profile);
        r[EventKind.POSTICTAL.ordinal()] = new PostictalRenderer(rate, profile);
        r[EventKind.MOVEMENT.ordinal()] = new MovementRenderer(rate, profile, range);
        r[EventKind.CHEWING.ordinal()] = new ChewingRenderer(rate, profile);
        r[EventKind.POP.ordinal()] = new PopRenderer(rate, profile, range);
        r[EventKind.SATURATION.ordinal()] = new SaturationRenderer(rate, profile, range);
        r[EventKind.FLATLINE.ordinal()] = new FlatlineRenderer(rate, profile);
        r[EventKind.SPINDLE.ordinal()] = new SpindleTrainRenderer(rate, profile);
        r[EventKind.SPIKE_TRAIN.ordinal()] = new SpikeTrainRenderer(rate, profile);
        return r;
    }

    /** Index of the next sample to generate. */
    long position() {
        return index;
    }

    /**
     * Writes the next {@code samples} samples of every channel into {@code dst} from {@code offset}, interleaved
     * ({@code dst[offset + i * channels + c]}), in µV. The caller owns {@code dst} and checks its bounds.
     */
    void generate(float[] dst, int offset, int samples) {
        int o = offset;
        for (int i = 0; i < samples; i++, index++) {
            if (index == nextChange) {
                onBoundary();
            }
            double common = background.next();
            double spike = interictal.next();
            double mainsValue = mains.next();
            double event = 0;
            double gain = 1;
            if (active != null) {
                event = active.next();
                gain = active.backgroundGain();
            }
            double ownScale = channels > 1 ? background.pinkMicrovolts() : 0;
            for (int c = 0; c < channels; c++) {
                double bg = commonWeight[c] * common;
                if (c > 0) {
                    bg += ownWeight[c] * ownScale * ownNoise[c].next(channelRng.gaussian());
                }
                double noise = floorRng.nextDouble() + floorRng.nextDouble() + floorRng.nextDouble() - 1.5;
                double x = gain * (backgroundGain[c] * bg + seizureGain[c] * spike) + eventGain[c] * event
                        + mainsGain[c] * mainsValue + 2 * floorMicrovolts * noise;
                float y = flat ? 0f : (float) x;
                dst[o++] = y > rangeMicrovolts ? rangeMicrovolts : y < -rangeMicrovolts ? -rangeMicrovolts : y;
            }
        }
    }

    /** Ends the active event, enters new states and starts events at {@link #index}. */
    private void onBoundary() {
        if (active != null && index == activeEnd) {
            active = null;
            flat = false;
        }
        while (nextState < states.length && states[nextState].startSample() == index) {
            background.enter(states[nextState++].state(), index == 0);
        }
        while (nextEvent < events.length && events[nextEvent].startSample() == index) {
            start(events[nextEvent++]);
        }
        nextChange = Long.MAX_VALUE;
        if (active != null) {
            nextChange = activeEnd;
        }
        if (nextState < states.length) {
            nextChange = Math.min(nextChange, states[nextState].startSample());
        }
        if (nextEvent < events.length) {
            nextChange = Math.min(nextChange, events[nextEvent].startSample());
        }
    }

    private void start(SynthEvent event) {
        EventKind kind = event.kind();
        if (kind == EventKind.MAINS) {
            mains.beginEpisode(event);
            return;
        }
        active = renderers[kind.ordinal()];
        active.begin(event);
        activeEnd = event.endSample();
        flat = kind == EventKind.FLATLINE;
        for (int c = 0; c < channels; c++) {
            eventGain[c] = switch (kind) {
                case SEIZURE, SPIKE_TRAIN -> seizureGain[c];
                case SPINDLE -> backgroundGain[c];
                case POP -> c == event.channel() ? 1 : 0;
                default -> artefactGain[c];
            };
        }
    }
}
