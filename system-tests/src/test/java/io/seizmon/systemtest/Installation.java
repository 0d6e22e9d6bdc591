package io.seizmon.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the built system is: the repository root (system property {@code seizmon.root}, set by the pom to
 * {@code ${maven.multiModuleProjectDirectory}}; default {@code ..}), the apps' shaded jars that the reactor's
 * {@code package} phase built, the shipped model, and the java launcher running this test. Stateless.
 */
final class Installation {

    static final String ROOT_PROPERTY = "seizmon.root";
    static final String WORK_PROPERTY = "seizmon.system-tests.dir";
    /** Heap of each app's JVM: small, so several fit next to the build on a shared 2-core machine. */
    static final String HEAP = "-Xmx256m";

    private Installation() {
    }

    static Path root() {
        return Path.of(System.getProperty(ROOT_PROPERTY, "..")).toAbsolutePath().normalize();
    }

    static Path agentJar() {
        return jar("edge-agent");
    }

    static Path dashboardJar() {
        return jar("dashboard");
    }

    static Path simulatorJar() {
        return jar("simulator");
    }

    /** The model the agent loads: the shipped one, {@code config/models/seizmon-synth-1000hz.onnx}. */
    static Path model() {
        Path model = root().resolve("config/models/seizmon-synth-1000hz.onnx");
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException(model + ": the shipped model is missing (expected: the model branch merged)");
        }
        return model;
    }

    /** Folder for the processes' logs, configs and state: {@code system-tests/target/system-tests}. */
    static Path workDirectory() {
        return Path.of(System.getProperty(WORK_PROPERTY, "target/system-tests")).toAbsolutePath();
    }

    /** {@code java HEAP -XX:+UseSerialGC -jar JAR args...} with the JVM running the tests (few GC threads). */
    static List<String> javaJar(Path jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    private static Path jar(String module) {
        Path jar = root().resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + ": missing (expected: built by `mvn -pl system-tests -am verify`, "
                    + "whose package phase builds the shaded jars)");
        }
        return jar;
    }
}
