package io.seizmon.dashboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Events and their acknowledgements, unique by event id.
 *
 * <p>Blocking JDBC on the shared {@link Database} connection (locked per call): call from a worker thread.
 * Nothing is ever deleted or updated except the single acknowledgement an event can get.
 */
public final class EventStore {

    /** H2's SQL state for a unique-key violation. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String COLUMNS = "e.id, e.agent, e.subject, e.simulated, e.channel, e.channel_label, e.kind, "
            + "e.priority, e.seizure_number, e.onset_us, e.offset_us, e.decision_us, e.published_us, "
            + "e.peak_probability, e.windows, e.model_id, e.threshold, e.detail, e.received_ms, a.user_name, "
            + "a.acknowledged_ms";

    private final Database database;

    public EventStore(Database database) {
        this.database = database;
    }

    /**
     * Stores {@code event} unless an event with its id exists (a QoS 1 redelivery, an agent's journal replay).
     *
     * @return true when stored now, false when it was a duplicate
     */
    public boolean insertIfAbsent(DashboardEvent event) throws SQLException {
        String sql = "INSERT INTO events (id, agent, subject, simulated, channel, channel_label, kind, priority, "
                + "seizure_number, onset_us, offset_us, decision_us, published_us, peak_probability, windows, "
                + "model_id, threshold, detail, received_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(sql)) {
                bind(s, event);
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw new SQLException("events: cannot store " + event.id() + ": " + e.getMessage(), e);
            }
        }
    }

    private static void bind(PreparedStatement s, DashboardEvent e) throws SQLException {
        s.setString(1, e.id());
        s.setString(2, e.agent());
        s.setString(3, e.subject());
        s.setBoolean(4, e.simulated());
        s.setObject(5, e.channel(), Types.INTEGER);
        s.setString(6, e.channelLabel());
        s.setString(7, e.kind());
        s.setString(8, e.priority());
        s.setLong(9, e.seizureNumber());
        s.setLong(10, e.onsetUs());
        s.setObject(11, e.offsetUs(), Types.BIGINT);
        s.setLong(12, e.decisionUs());
        s.setLong(13, e.publishedUs());
        s.setDouble(14, e.peakProbability());
        s.setInt(15, e.windows());
        s.setString(16, e.modelId());
        s.setDouble(17, e.threshold());
        s.setString(18, e.detail());
        s.setLong(19, e.receivedMs());
    }

    /** The event with {@code id}, with its acknowledgement. */
    public Optional<DashboardEvent> find(String id) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM events e LEFT JOIN acknowledgements a ON a.event_id = e.id "
                + "WHERE e.id = ?";
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(sql)) {
                s.setString(1, id);
                List<DashboardEvent> found = read(s);
                return found.stream().findFirst();
            }
        }
    }

    /** The largest {@code published_us} of the stored events, or empty when there are none (a resync's start). */
    public OptionalLong newestPublishedMicros() throws SQLException {
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement("SELECT MAX(published_us) FROM events");
                 ResultSet rows = s.executeQuery()) {
                rows.next();
                long newest = rows.getLong(1);
                return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(newest);
            }
        }
    }

    /** Events matching {@code filter}, newest onset first (ties: newest stored first). */
    public List<DashboardEvent> list(EventFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM events e LEFT JOIN acknowledgements a ON a.event_id = e.id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        condition(sql, args, filter.subject(), " AND e.subject = ?");
        condition(sql, args, filter.kind(), " AND e.kind = ?");
        condition(sql, args, filter.fromUs(), " AND e.onset_us >= ?");
        condition(sql, args, filter.toUs(), " AND e.onset_us < ?");
        if (filter.acknowledged() != null) {
            sql.append(filter.acknowledged() ? " AND a.event_id IS NOT NULL" : " AND a.event_id IS NULL");
        }
        if (filter.alarmsOnly()) {
            sql.append(" AND e.priority IN ('high', 'medium')");
        }
        sql.append(" ORDER BY e.onset_us DESC, e.row_no DESC LIMIT ").append(filter.limit());
        synchronized (database) {
            try (PreparedStatement s = database.connection().prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                return read(s);
            }
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    /**
     * Records that {@code userName} acknowledged event {@code id} at {@code nowMs}; the first acknowledgement of an
     * event stands.
     */
    public AcknowledgeResult acknowledge(String id, String userName, long nowMs) throws SQLException {
        synchronized (database) {
            Connection c = database.connection();
            Optional<DashboardEvent> event = find(id);
            if (event.isEmpty()) {
                return new AcknowledgeResult.NotFound(id);
            }
            if (event.get().acknowledgement() != null) {
                return new AcknowledgeResult.AlreadyAcknowledged(event.get());
            }
            Acknowledgement ack = new Acknowledgement(id, userName, nowMs);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO acknowledgements (event_id, user_name, acknowledged_ms) VALUES (?,?,?)")) {
                s.setString(1, id);
                s.setString(2, userName);
                s.setLong(3, nowMs);
                s.executeUpdate();
            }
            return new AcknowledgeResult.Acknowledged(event.get().acknowledged(ack));
        }
    }

    private static List<DashboardEvent> read(PreparedStatement s) throws SQLException {
        List<DashboardEvent> events = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                events.add(row(r));
            }
        }
        return events;
    }

    private static DashboardEvent row(ResultSet r) throws SQLException {
        String id = r.getString(1);
        String ackUser = r.getString(20);
        Acknowledgement ack = ackUser == null ? null : new Acknowledgement(id, ackUser, r.getLong(21));
        return new DashboardEvent(id, r.getString(2), r.getString(3), r.getBoolean(4),
                r.getObject(5, Integer.class), r.getString(6), r.getString(7), r.getString(8), r.getLong(9),
                r.getLong(10), r.getObject(11, Long.class), r.getLong(12), r.getLong(13), r.getDouble(14),
                r.getInt(15), r.getString(16), r.getDouble(17), r.getString(18), r.getLong(19), ack);
    }
}
