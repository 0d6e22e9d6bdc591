/**
 * {@code seizmon evaluate}: the agent's feature and inference path run offline over labelled data, scored per window
 * and, for continuous recordings, per event (SzCORE), with a report folder.
 */
package io.seizmon.modelexport.evaluate;
