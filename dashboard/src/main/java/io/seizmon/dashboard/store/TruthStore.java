package io.seizmon.dashboard.store;

import io.seizmon.core.wire.TruthEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Ground-truth events published by replays, unique by subject, root and sequence number. Blocking JDBC: call from a
 * worker thread.
 */
public final class TruthStore {

    private static final String DUPLICATE_KEY = "23505";

    private final Database database;

    public TruthStore(Database database) {
        this.database = database;
    }

    /** Stores {@code event} unless one with its subject, root and sequence exists; true when stored now. */
    public boolean insertIfAbsent(TruthEvent event) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("INSERT INTO truth_events "
                    + "(subject, simulated, seq, onset_us, duration_s, label, seizure) VALUES (?,?,?,?,?,?,?)")) {
                s.setString(1, event.subjectId());
                s.setBoolean(2, event.simulated());
                s.setLong(3, event.sequence());
                s.setLong(4, event.onsetMicros());
                s.setObject(5, event.hasDuration() ? event.durationSeconds() : null, Types.DOUBLE);
                s.setString(6, event.label());
                s.setBoolean(7, event.seizure());
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** The truth events of one subject and root, oldest onset first, at most {@code limit}. */
    public List<TruthEvent> list(String subject, boolean simulated, int limit) throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("SELECT seq, onset_us, duration_s, "
                    + "label, seizure FROM truth_events WHERE subject = ? AND simulated = ? ORDER BY onset_us DESC "
                    + "LIMIT ?")) {
                s.setString(1, subject);
                s.setBoolean(2, simulated);
                s.setInt(3, limit);
                List<TruthEvent> events = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Double duration = r.getObject(3, Double.class);
                        events.add(0, new TruthEvent(subject, simulated, r.getLong(1), r.getLong(2),
                                duration == null ? Double.NaN : duration, r.getString(4), r.getBoolean(5)));
                    }
                }
                return events;
            }
        }
    }
}
