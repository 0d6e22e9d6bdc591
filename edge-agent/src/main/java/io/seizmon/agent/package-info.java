/** seizmon edge-agent: live MQTT EEG in, seizure alerts out. Entry point {@link io.seizmon.agent.AgentMain}. */
package io.seizmon.agent;
