package io.seizmon.simulator.synth;

/**
 * An evolving seizure. Over its duration {@code T}, with progress {@code p = t/T}:
 * <ul>
 *   <li><b>onset</b>: low-voltage fast activity (starting at 20-40 Hz and slowing by 20-50%, about background
 *       amplitude) for 1-4 s (at most 15% of T), fading as the discharge builds up;</li>
 *   <li><b>discharge</b>: a rhythm whose frequency glides geometrically from {@code base·(1.3..1.8)} to
 *       {@code base·(0.45..0.7)}, wandering slowly by ±12% in frequency and 0.7..1.2 in amplitude (new targets
 *       every 0.5-2 s, smoothed over 0.5 s), with cycle-to-cycle jitter of amplitude (±25%) and period (±8%); its
 *       shape (spike width from the subject's, in seconds, at the final frequency)
 *       morphs from sinusoidal to spike-and-wave ({@link SpikeWaveShape}, late weight {@code smoothstep(p/0.7)});
 *       its amplitude builds up over 10-25% of T to the subject's seizure RMS × 0.8..1.25, sags to 70% over the
 *       last 15%, and stops within 0.3 s;</li>
 *   <li><b>convulsive</b> seizures (subject's probability) add EMG, locked to the discharge, from 40-70% of T;</li>
 *   <li>the background is turned down to 40% in the first 2 s.</li>
 * </ul>
 */
final class SeizureRenderer extends EventRenderer {

    private final SpikeWaveShape shape = new SpikeWaveShape();
    private final HighPassNoise emg;
    private double hz;
    private double hzFactorPerSample;
    private double amplitude;
    private double phase;
    private double cycleGain;
    private double cycleRate;
    private long lvfSamples;
    private long buildUpSamples;
    private long taperSamples;
    private double lvfHz;
    private double lvfHzFactorPerSample;
    private double lvfPhase;
    private double drift;
    private double driftTarget;
    private double swell;
    private double swellTarget;
    private long nextWander;
    private double wanderSmoothing;
    private double lvfAmplitude;
    private boolean convulsive;
    private long emgStart;
    private double emgAmplitude;

    SeizureRenderer(double sampleRateHz, SubjectProfile profile) {
        super(sampleRateHz, profile);
        this.emg = new HighPassNoise(sampleRateHz);
    }

    @Override
    protected void onBegin() {
        double base = profile.seizureBaseHz();
        hz = base * rng.uniform(1.3, 1.8);
        double endHz = base * rng.uniform(0.45, 0.7);
        hzFactorPerSample = Math.pow(endHz / hz, 1.0 / length);
        amplitude = profile.seizureMicrovolts() * rng.uniform(0.8, 1.25);
        lvfSamples = Math.min(samples(rng.uniform(1, 4)), (long) (0.15 * length));
        buildUpSamples = Math.max(1, Math.round(rng.uniform(0.1, 0.25) * length));
        taperSamples = Math.min(samples(0.3), Math.max(1, length / 10));
        lvfHz = tone(rng.uniform(20, 40));
        lvfHzFactorPerSample = Math.pow(rng.uniform(0.5, 0.8), 1.0 / Math.max(1, lvfSamples + buildUpSamples));
        lvfPhase = 0;
        drift = 1;
        driftTarget = 1;
        swell = 1;
        swellTarget = 1;
        nextWander = 0;
        wanderSmoothing = 1 - Math.exp(-1 / (0.5 * sampleRateHz));
        lvfAmplitude = profile.backgroundMicrovolts() * rng.uniform(0.8, 1.6);
        convulsive = rng.chance(profile.convulsiveProbability());
        emgStart = Math.round(rng.uniform(0.4, 0.7) * length);
        emgAmplitude = amplitude * rng.uniform(0.2, 0.5);
        double spikeWidthCycles = Math.min(0.12, profile.spikeWidthSeconds() * endHz * rng.uniform(0.8, 1.2));
        shape.prepare(profile.earlyHarmonic() * rng.uniform(0.7, 1.3), spikeWidthCycles,
                profile.waveWeight() * rng.uniform(0.7, 1.3), profile.spikePolarity());
        phase = 0;
        cycleGain = 1;
        cycleRate = 1;
    }

    @Override
    double next() {
        double p = (double) position / length;
        wander();
        phase += hz * drift * cycleRate / sampleRateHz;
        hz *= hzFactorPerSample;
        if (phase >= 1) {
            phase -= 1;
            cycleGain = rng.uniform(0.75, 1.25);
            cycleRate = rng.uniform(0.92, 1.08);
        }
        double late = smoothstep(p / 0.7);
        double x = amplitude * swell * envelope(p) * cycleGain * shape.value(phase, late);
        if (position < lvfSamples + buildUpSamples) {
            double lvf = Math.min(1, position / (0.2 * sampleRateHz))
                    * (1 - smoothstep((double) (position - lvfSamples) / buildUpSamples));
            lvfPhase += lvfHz / sampleRateHz;
            lvfHz *= lvfHzFactorPerSample;
            x += lvfAmplitude * lvf * SineTable.sin(lvfPhase);
        }
        if (convulsive && position >= emgStart) {
            double ramp = Math.min(1, (position - emgStart) / sampleRateHz);
            x += emgAmplitude * ramp * (0.6 + 0.4 * SineTable.sin(phase)) * emg.next(rng.gaussian());
        }
        position++;
        return x;
    }

    /** Slow wandering of frequency (±12%) and amplitude (0.7..1.2), new targets every 0.5-2 s. */
    private void wander() {
        if (position >= nextWander) {
            driftTarget = rng.uniform(0.88, 1.12);
            swellTarget = rng.uniform(0.7, 1.2);
            nextWander = position + samples(rng.uniform(0.5, 2));
        }
        drift += wanderSmoothing * (driftTarget - drift);
        swell += wanderSmoothing * (swellTarget - swell);
    }

    private double envelope(double p) {
        double build = smoothstep((double) (position - lvfSamples) / buildUpSamples);
        double sag = 1 - 0.3 * smoothstep((p - 0.85) / 0.15);
        long left = length - position;
        double stop = left >= taperSamples ? 1 : (double) left / taperSamples;
        return build * sag * stop;
    }

    @Override
    double backgroundGain() {
        return 1 - 0.6 * Math.min(1, position / (2 * sampleRateHz));
    }
}
