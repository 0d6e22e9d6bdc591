package io.seizmon.modelexport.train;

import java.util.List;

/**
 * The result of training one network.
 *
 * @param network   the parameters of the best epoch (lowest validation loss; the last epoch without validation)
 * @param history   every epoch, in order
 * @param bestEpoch the epoch whose parameters {@code network} holds
 * @param seconds   wall-clock training time
 */
public record TrainingRun(Mlp network, List<EpochStats> history, int bestEpoch, double seconds) {

    public TrainingRun {
        history = List.copyOf(history);
    }

    /** Number of epochs run (the best one and up to {@code patience} after it). */
    public int epochs() {
        return history.size();
    }
}
