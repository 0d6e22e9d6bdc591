package io.seizmon.simulator.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes one synthetic subject differ from another: background level and spectral exponent, rhythm
 * frequencies, seizure base frequency and spike-wave morphology, rates of unlabelled background events, and each
 * channel's view of the sources. Drawn once per subject from its seed (see {@code docs/synthetic-eeg.md} for the
 * ranges).
 *
 * @param backgroundMicrovolts     RMS of the 1/f background at unit state weight, µV
 * @param spectralExponent         β of the 1/f^β background
 * @param deltaHz                  centre of the delta rhythm (NREM slow waves)
 * @param thetaHz                  centre of the theta rhythm (active wake, REM)
 * @param thetaGain                factor on the theta rhythm (how close the electrode is to the hippocampus)
 * @param gammaHz                  centre of the gamma band
 * @param spindleHz                sleep-spindle frequency
 * @param seizureBaseHz            the subject's seizure base frequency; each seizure starts faster and ends slower
 * @param seizureToBackground      seizure RMS over background RMS (before per-seizure variation)
 * @param spikeWidthSeconds        width (Gaussian σ) of the spike, seconds
 * @param waveWeight               weight of the slow wave that follows each spike
 * @param spikePolarity            +1 or -1: the sign of the spike on the first channel
 * @param earlyHarmonic            second-harmonic weight of the early, sinusoidal seizure phase
 * @param convulsiveProbability    probability that a seizure turns convulsive (EMG in its second half)
 * @param interictalSpikesPerHour  rate of isolated, unlabelled interictal spikes
 * @param mainsBaselineMicrovolts  amplitude of the always-present mains pick-up, µV
 * @param noiseFloorMicrovolts     RMS of the white amplifier noise, µV
 * @param channels                 one profile per channel; the first is {@link ChannelProfile#REFERENCE}
 */
public record SubjectProfile(double backgroundMicrovolts, double spectralExponent, double deltaHz, double thetaHz,
                             double thetaGain,
                             double gammaHz, double spindleHz, double seizureBaseHz, double seizureToBackground,
                             double spikeWidthSeconds, double waveWeight, double spikePolarity, double earlyHarmonic,
                             double convulsiveProbability, double interictalSpikesPerHour,
                             double mainsBaselineMicrovolts, double noiseFloorMicrovolts,
                             List<ChannelProfile> channels) {

    public SubjectProfile {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels: [] (expected: at least one channel profile)");
        }
    }

    /** Draws the profile of a subject with {@code channelCount} channels from {@code rng}. */
    static SubjectProfile draw(Rng rng, int channelCount) {
        double background = rng.logUniform(15, 45);
        double exponent = rng.uniform(1.7, 2.5);
        double delta = rng.uniform(1.5, 3.5);
        double theta = rng.uniform(5.5, 8.5);
        double thetaGain = rng.uniform(0.8, 1.6);
        double gamma = rng.uniform(35, 60);
        double spindle = rng.uniform(9.5, 14);
        double seizureBase = rng.uniform(3.5, 9);
        double seizureRatio = rng.uniform(5, 10);
        double spikeWidth = rng.uniform(0.006, 0.014);
        double wave = rng.uniform(0.3, 1.0);
        double polarity = rng.sign();
        double harmonic = rng.uniform(0.1, 0.5);
        double convulsive = rng.uniform(0.2, 0.6);
        double interictal = rng.uniform(10, 120);
        double mains = rng.uniform(0.3, 3);
        double floor = rng.uniform(0.2, 0.8);
        List<ChannelProfile> channels = new ArrayList<>();
        channels.add(ChannelProfile.REFERENCE);
        for (int c = 1; c < channelCount; c++) {
            channels.add(ChannelProfile.draw(rng));
        }
        return new SubjectProfile(background, exponent, delta, theta, thetaGain, gamma, spindle, seizureBase,
                seizureRatio, spikeWidth, wave, polarity, harmonic, convulsive, interictal, mains, floor, channels);
    }

    /** RMS of a seizure at full envelope before per-seizure variation, µV. */
    public double seizureMicrovolts() {
        return backgroundMicrovolts * seizureToBackground;
    }
}
