package io.seizmon.dashboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The dashboard's embedded H2 database in one file under a folder ({@code dashboard.mv.db}), with its schema.
 *
 * <p>Blocking JDBC: call it from a worker thread, never from a Vert.x event loop. One connection, shared by the
 * stores, which serialise their use of it by locking this object. {@link #close()} closes the file; H2 allows one
 * process at a time, so a second process (e.g. {@code dashboard user add} while the server runs) fails with
 * {@link SQLException} naming the lock.
 */
public final class Database implements AutoCloseable {

    /** File name (without H2's {@code .mv.db}) inside the data folder. */
    public static final String FILE_NAME = "dashboard";

    /**
     * JDBC URL settings. {@code WRITE_DELAY=0}: H2 writes every commit to the file before the statement returns
     * (its default, 500 ms, lets a commit that was already answered over HTTP die with a SIGKILLed process; found by
     * the drills, {@code system-tests/README.md}). The write reaches the OS (it survives a killed process), not
     * necessarily the disk (a power loss).
     */
    static final String URL_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS users (
            name VARCHAR(64) PRIMARY KEY, role VARCHAR(16) NOT NULL, password VARCHAR(200) NOT NULL,
            created_ms BIGINT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS events (
            id VARCHAR(200) PRIMARY KEY, agent VARCHAR(64) NOT NULL, subject VARCHAR(64) NOT NULL,
            simulated BOOLEAN NOT NULL, channel INT, channel_label VARCHAR(64), kind VARCHAR(32) NOT NULL,
            priority VARCHAR(8) NOT NULL, seizure_number BIGINT NOT NULL, onset_us BIGINT NOT NULL, offset_us BIGINT,
            decision_us BIGINT NOT NULL, published_us BIGINT NOT NULL, peak_probability DOUBLE PRECISION NOT NULL,
            windows INT NOT NULL, model_id VARCHAR(128) NOT NULL, threshold DOUBLE PRECISION NOT NULL,
            detail VARCHAR(512) NOT NULL, received_ms BIGINT NOT NULL, row_no BIGINT AUTO_INCREMENT UNIQUE)""",
        "CREATE INDEX IF NOT EXISTS events_subject ON events(subject, onset_us)",
        """
        CREATE TABLE IF NOT EXISTS acknowledgements (
            event_id VARCHAR(200) PRIMARY KEY REFERENCES events(id), user_name VARCHAR(64) NOT NULL,
            acknowledged_ms BIGINT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS truth_events (
            subject VARCHAR(64) NOT NULL, simulated BOOLEAN NOT NULL, seq BIGINT NOT NULL, onset_us BIGINT NOT NULL,
            duration_s DOUBLE PRECISION, label VARCHAR(256) NOT NULL, seizure BOOLEAN NOT NULL,
            PRIMARY KEY (subject, simulated, seq))""",
        """
        CREATE TABLE IF NOT EXISTS subjects (
            subject VARCHAR(64) NOT NULL, simulated BOOLEAN NOT NULL, agent VARCHAR(64), state VARCHAR(24) NOT NULL,
            last_event_ms BIGINT, updated_ms BIGINT NOT NULL, PRIMARY KEY (subject, simulated))""",
    };

    private final Connection connection;
    private final Path file;

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Opens (creating when absent) the database in {@code folder} and its schema.
     *
     * @throws SQLException naming the file when it cannot be opened (locked by another process, corrupt)
     */
    public static Database open(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path file = folder.toAbsolutePath().resolve(FILE_NAME);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:h2:file:" + file + URL_SETTINGS, "sa", "");
        } catch (SQLException e) {
            throw new SQLException("database " + file + ".mv.db: " + e.getMessage(), e.getSQLState(), e);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        return new Database(connection, file);
    }

    /** The connection; callers hold this object's lock while they use it. */
    Connection connection() {
        return connection;
    }

    /** The database file, without H2's extension. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
