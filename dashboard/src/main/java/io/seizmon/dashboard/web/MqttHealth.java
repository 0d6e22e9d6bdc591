package io.seizmon.dashboard.web;

/** Whether the dashboard's broker connection is up, and what it rejected; read by the health route. */
public interface MqttHealth {

    /** True while connected to the broker. */
    boolean connected();

    /** Messages rejected so far (undecodable payloads, unknown topics). */
    long rejected();
}
