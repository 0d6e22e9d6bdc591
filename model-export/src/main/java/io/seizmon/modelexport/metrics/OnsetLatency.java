package io.seizmon.modelexport.metrics;

/**
 * How early or late one detected reference seizure was detected.
 *
 * @param referenceOnsetSeconds  the (merged) reference seizure's onset, seconds from the recording's start
 * @param detectedOnsetSeconds   the onset of the earliest hypothesis event that detected it
 * @param decisionSeconds        when the detector declared that hypothesis's onset, NaN when unknown
 */
public record OnsetLatency(double referenceOnsetSeconds, double detectedOnsetSeconds, double decisionSeconds) {

    /** Detected onset − reference onset, seconds; negative when the detection starts before the labelled onset. */
    public double onsetLatencySeconds() {
        return detectedOnsetSeconds - referenceOnsetSeconds;
    }

    /** Decision time − reference onset, seconds: how long after the onset an alarm is raised; NaN when unknown. */
    public double decisionLatencySeconds() {
        return decisionSeconds - referenceOnsetSeconds;
    }
}
