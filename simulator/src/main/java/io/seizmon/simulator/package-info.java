/** seizmon simulator: replay and synthesis over MQTT. */
package io.seizmon.simulator;
