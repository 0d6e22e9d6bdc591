package io.seizmon.modelexport.train;

/**
 * Training and validation rows of one network, standardised, row-major ({@code bins} columns), with their class
 * labels (1 seizure). Package-private plumbing of {@link ClassifierTrainer}; arrays are not copied.
 */
record StandardisedSplit(Standardisation standardisation, int bins, double[] xt, int[] yt, double[] xv, int[] yv) {

    /** Standardises {@code train} and {@code validation} with {@code standardisation}. */
    static StandardisedSplit of(Standardisation standardisation, WindowDataset train, WindowDataset validation) {
        return new StandardisedSplit(standardisation, train.bins(),
                standardisation.apply(train.features(), train.rows()), train.labels(),
                standardisation.apply(validation.features(), validation.rows()), validation.labels());
    }
}
