package io.seizmon.core.model;

import io.seizmon.core.feature.FeatureSpec;

/**
 * A well-formed model trained for other features than the caller computes; the message names both specs.
 */
public final class FeatureSpecMismatchException extends ModelFormatException {

    private static final long serialVersionUID = 1L;

    private final transient FeatureSpec model;
    private final transient FeatureSpec expected;

    /** Creates the exception for {@code source}, naming the model's spec and the expected one. */
    public FeatureSpecMismatchException(String source, FeatureSpec model, FeatureSpec expected) {
        super(source, "feature spec '" + model.toMetadata() + "' of the model differs from the expected '"
                + expected.toMetadata() + "'");
        this.model = model;
        this.expected = expected;
    }

    /** The model's spec. */
    public FeatureSpec modelSpec() {
        return model;
    }

    /** The spec the caller computes. */
    public FeatureSpec expectedSpec() {
        return expected;
    }
}
