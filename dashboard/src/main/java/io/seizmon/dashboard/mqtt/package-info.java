/** The MQTT edge: a Paho subscriber that decodes with eeg-core's codecs and hands values to the event loop. */
package io.seizmon.dashboard.mqtt;
