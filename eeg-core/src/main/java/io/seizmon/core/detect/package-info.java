/**
 * The detection policy: per-window seizure probabilities in, seizure and technical events out.
 *
 * <p>The edge agent (live) and model-export's evaluator (offline) run this same code, so an event found offline
 * is the event the agent would have raised.
 */
package io.seizmon.core.detect;
