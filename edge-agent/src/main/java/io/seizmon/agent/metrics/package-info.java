/** The agent's metrics (Micrometer, exposed by Micronaut as Prometheus text) and its decision-latency histogram. */
package io.seizmon.agent.metrics;
