package io.seizmon.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real public EEG data in {@code ../shared/data} for tests, through one setting.
 *
 * <p>Order: system property {@code seizmon.data.dir} (set by the build), environment variable
 * {@code SEIZMON_DATA_DIR}, then {@code ../shared/data} relative to the working directory's repository root.
 * A test that needs a file calls {@link #require(String)}; when the file is absent the test is skipped with a
 * message naming the missing path, so a fresh clone's test command still passes.
 */
public final class TestData {

    /** The system property naming the data folder. */
    public static final String PROPERTY = "seizmon.data.dir";
    /** The environment variable naming the data folder. */
    public static final String ENVIRONMENT = "SEIZMON_DATA_DIR";

    private TestData() {
    }

    /** Returns the data folder (which may not exist). */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        // Tests run in a module folder; the repository root holds pom.xml with <modules>.
        Path repo = Files.exists(dir.resolve("../pom.xml")) ? dir.getParent() : dir;
        return repo.resolve("../shared/data").normalize();
    }

    /** Returns {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), () -> "skipped: test data not found at " + path
                + " (set -D" + PROPERTY + " or " + ENVIRONMENT + " to the shared data folder)");
        return path;
    }
}
