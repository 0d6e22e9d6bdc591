package io.seizmon.modelexport.train;

/** Receives training progress, on the training thread, after every epoch. Must not throw. */
@FunctionalInterface
public interface EpochListener {

    /** Does nothing. */
    EpochListener NONE = (stage, stats) -> { };

    /**
     * Called after each epoch.
     *
     * @param stage which network of which run, e.g. {@code fold 2/5 first} or {@code final second}
     */
    void onEpoch(String stage, EpochStats stats);
}
