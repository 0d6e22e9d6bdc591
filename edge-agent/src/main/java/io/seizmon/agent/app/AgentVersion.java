package io.seizmon.agent.app;

/** The agent's software version: the jar manifest's {@code Implementation-Version}, else {@value #UNKNOWN}. */
final class AgentVersion {

    static final String UNKNOWN = "0.1.0-dev";

    private AgentVersion() {
    }

    static String get() {
        String version = AgentVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? UNKNOWN : version;
    }
}
