/**
 * The {@code seizmon simulate replay} command: picocli options, subject names, exit status; and the broker login
 * options ({@link io.seizmon.simulator.replay.BrokerLoginOptions}) it shares with {@code synth --live}.
 */
package io.seizmon.simulator.replay;
