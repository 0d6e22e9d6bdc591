package io.seizmon.modelexport;

/** The tool's version: the jar manifest's {@code Implementation-Version}, or {@code dev} when run from classes. */
final class ToolVersion {

    private ToolVersion() {
    }

    static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
