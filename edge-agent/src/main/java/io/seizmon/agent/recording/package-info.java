/**
 * Optional local recording of the raw streams to rolling EDF+ files, with every event as an annotation: the
 * pipeline threads hand frames, breaks and events to {@link io.seizmon.agent.recording.EdfRecorder}'s bounded queue;
 * one {@code recording-writer} thread writes the files with eeg-core's {@code EdfPlusWriter}.
 */
package io.seizmon.agent.recording;
