/** Where simulated streams come from: recordings replayed and synthetic EEG, behind one interface. */
package io.seizmon.simulator.source;
