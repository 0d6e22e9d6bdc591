/**
 * Synthetic rodent intracranial EEG with seizures, artefacts and seizure-like non-seizure events.
 *
 * <p>{@link io.seizmon.simulator.synth.SynthSpec} describes a run; {@link io.seizmon.simulator.synth.SyntheticSource}
 * streams one subject of it through the simulator's {@code SampleSource} seam; {@link
 * io.seizmon.simulator.synth.SynthWriter} writes subjects as EDF+ files with BIDS {@code events.tsv} sidecars;
 * {@link io.seizmon.simulator.synth.SynthCommand} is the {@code seizmon simulate synth} command line. The model and
 * every parameter are described in {@code docs/synthetic-eeg.md}.
 *
 * <p>Everything is deterministic for a given spec: a subject's profile and its whole event schedule are drawn from
 * its seed before the first sample, and the samples depend on neither the chunk sizes nor the thread reading them.
 */
package io.seizmon.simulator.synth;
