package io.seizmon.modelexport.onnx;

/**
 * How closely an exported model reproduces the trainer.
 *
 * @param windows          number of windows compared
 * @param maxAbsDiffGraph  largest |ONNX Runtime − trainer| over both output columns of the raw graph
 * @param maxAbsDiffLoader largest |{@link io.seizmon.core.model.OnnxSeizureModel#score} − trainer| seizure
 *                         probability, through the loader the agent uses
 * @param tolerance        the largest accepted difference
 */
public record ParityResult(int windows, double maxAbsDiffGraph, double maxAbsDiffLoader, double tolerance) {

    /** The larger of the two differences. */
    public double maxAbsDiff() {
        return Math.max(maxAbsDiffGraph, maxAbsDiffLoader);
    }

    /** True when both differences are below the tolerance (and finite). */
    public boolean passed() {
        return maxAbsDiff() < tolerance;
    }
}
