package io.seizmon.dashboard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Subjects and their last state, so the grid survives a restart. Blocking JDBC: call from a worker thread. */
public final class SubjectStore {

    private final Database database;

    public SubjectStore(Database database) {
        this.database = database;
    }

    /** Inserts or replaces the record of {@code record}'s subject and root. */
    public void save(SubjectRecord record) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("MERGE INTO subjects "
                    + "(subject, simulated, agent, state, last_event_ms, updated_ms) KEY (subject, simulated) "
                    + "VALUES (?,?,?,?,?,?)")) {
                s.setString(1, record.subject());
                s.setBoolean(2, record.simulated());
                s.setString(3, record.agent());
                s.setString(4, record.state());
                s.setObject(5, record.lastEventMs(), Types.BIGINT);
                s.setLong(6, record.updatedMs());
                s.executeUpdate();
            }
        }
    }

    /** Every subject, by id then root. */
    public List<SubjectRecord> list() throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("SELECT subject, simulated, agent, "
                    + "state, last_event_ms, updated_ms FROM subjects ORDER BY subject, simulated");
                 ResultSet r = s.executeQuery()) {
                List<SubjectRecord> records = new ArrayList<>();
                while (r.next()) {
                    records.add(new SubjectRecord(r.getString(1), r.getBoolean(2), r.getString(3), r.getString(4),
                            r.getObject(5, Long.class), r.getLong(6)));
                }
                return records;
            }
        }
    }
}
