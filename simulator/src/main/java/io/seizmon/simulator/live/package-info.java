/**
 * Streaming sources live: {@link io.seizmon.simulator.live.LiveStreamer} (the library entry point),
 * {@link io.seizmon.simulator.live.StreamOptions}, one thread per stream that paces frames and truth events, the
 * progress line and the summary.
 */
package io.seizmon.simulator.live;
