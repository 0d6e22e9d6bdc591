package io.seizmon.dashboard.web;

import io.seizmon.dashboard.DashboardOptions;
import io.seizmon.dashboard.auth.LoginThrottle;
import io.seizmon.dashboard.live.SubjectBoard;
import io.seizmon.dashboard.net.TrustedProxies;
import io.seizmon.dashboard.store.EventStore;
import io.seizmon.dashboard.store.SubjectStore;
import io.seizmon.dashboard.store.TruthStore;
import io.seizmon.dashboard.store.UserStore;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * What the routes and the ingest share. The stores are blocking: reach them only through {@link #db}, which runs
 * calls in order on one worker thread; the board and hub are confined to the event loop.
 *
 * @param options  validated options
 * @param worker   the database worker (one thread, ordered)
 * @param events   events and acknowledgements
 * @param users    users
 * @param truth    truth events
 * @param subjects remembered subjects
 * @param board    live state (event loop only)
 * @param hub      browsers (event loop only)
 * @param access   session and CSRF rules
 * @param clockMs  the wall clock, ms since the epoch
 * @param mqtt     the broker connection's state, for health
 * @param throttle failed-login counts (thread-safe)
 * @param proxies  the reverse proxies whose {@code X-Forwarded-For} decides the client address (immutable)
 * @param revocations logins ended by a password change or removal (thread-safe)
 */
record DashboardServices(DashboardOptions options, WorkerExecutor worker, EventStore events, UserStore users,
                         TruthStore truth, SubjectStore subjects, SubjectBoard board, BrowserHub hub,
                         SessionAccess access, LongSupplier clockMs, MqttHealth mqtt,
                         LoginThrottle throttle, TrustedProxies proxies, SessionRevocations revocations) {

    /** Runs a blocking database call on the worker, in submission order. */
    <T> Future<T> db(Callable<T> call) {
        return worker.executeBlocking(call, true);
    }

    long nowMs() {
        return clockMs.getAsLong();
    }
}
