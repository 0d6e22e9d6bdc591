package io.seizmon.agent.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** Runs an action on SIGHUP ({@code systemctl reload}, {@code kill -HUP}): the model reload. */
final class SighupHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SighupHandler.class);

    private SighupHandler() {
    }

    static void install(Runnable action) {
        try {
            Signal.handle(new Signal("HUP"), signal -> {
                LOG.info("SIGHUP: reloading the model");
                action.run();
            });
        } catch (IllegalArgumentException e) {
            LOG.warn("SIGHUP cannot be handled here ({}); the model reloads on file changes only", e.getMessage());
        }
    }
}
