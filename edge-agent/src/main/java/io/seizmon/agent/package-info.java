/** seizmon edge-agent: live MQTT ingest, scoring and alerting. */
package io.seizmon.agent;
