/** The {@code seizmon simulate replay} command: picocli options, subject names, exit status. */
package io.seizmon.simulator.replay;
