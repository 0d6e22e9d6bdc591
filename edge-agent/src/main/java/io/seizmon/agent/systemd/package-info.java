/** systemd integration: readiness and watchdog notifications through {@code systemd-notify}. */
package io.seizmon.agent.systemd;
