/**
 * The local event journal: every event is written (and forced to disk) before it is published, and marked sent
 * only when the broker acknowledges it, so no event is lost across broker outages or agent restarts.
 */
package io.seizmon.agent.journal;
