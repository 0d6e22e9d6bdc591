/**
 * Recordings on disk: streaming readers for EDF, EDF+, BDF, BDF+, CSV and plain text, a streaming EDF+ writer, and
 * BIDS {@code events.tsv} files.
 *
 * <p>Every reader implements {@link io.seizmon.core.recording.RecordingReader}, a forward-only cursor over data
 * records that keeps exactly one record in memory, so a 24-hour multichannel file is read in constant memory.
 * {@link io.seizmon.core.recording.Recordings#open} picks the reader for a path. Format errors are
 * {@link io.seizmon.core.recording.RecordingFormatException}s that name the file and where in it the problem is.
 */
package io.seizmon.core.recording;
