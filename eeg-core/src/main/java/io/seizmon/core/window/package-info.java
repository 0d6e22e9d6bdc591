/**
 * Window assembly: per stream, frames in, fixed-length overlapping windows out, with explicit gap markers.
 *
 * <p>A {@link io.seizmon.core.window.WindowAssembler} belongs to one stream and one thread. It never stitches
 * samples across a sequence or timestamp gap: a gap resets the ring, and the next window starts after it.
 */
package io.seizmon.core.window;
