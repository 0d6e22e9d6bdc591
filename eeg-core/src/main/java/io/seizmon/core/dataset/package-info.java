/**
 * Labelled data for training and evaluation: the manifest format and the adapters for the public datasets.
 *
 * <p>See {@code docs/datasets.md}. {@link io.seizmon.core.dataset.Manifests#load} accepts a manifest CSV or a
 * dataset folder and returns the same {@link io.seizmon.core.dataset.Manifest} either way.
 */
package io.seizmon.core.dataset;
