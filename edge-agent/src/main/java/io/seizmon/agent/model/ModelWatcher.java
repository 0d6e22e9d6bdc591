package io.seizmon.agent.model;

import io.seizmon.agent.pipeline.ScoringModel;
import io.seizmon.core.model.ModelFormatException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the model when its file changes (a {@link WatchService} on its folder; changes are debounced by
 * {@value #SETTLE_MILLIS} ms so a file being copied is read once, complete) or when {@link #reload} is called (the
 * SIGHUP handler). A model that loads and validates is handed to {@code onLoaded} (the pipeline switches between
 * batches and closes the old one); one that fails is logged with the reason and the running model stays.
 *
 * <p>Threading: its own daemon thread {@code model-watcher}; {@link #reload} from any thread.
 */
public final class ModelWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(ModelWatcher.class);

    private final ModelLoader loader;
    private final Path file;
    private final Consumer<ScoringModel> onLoaded;
    private final WatchService watcher;
    private final Thread thread;
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean reloadRequested;

    /** Starts watching {@code file}'s folder. */
    public ModelWatcher(ModelLoader loader, Path file, Consumer<ScoringModel> onLoaded) throws IOException {
        this.loader = loader;
        this.file = file.toAbsolutePath();
        this.onLoaded = onLoaded;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(this::watch, "model-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a reload now (SIGHUP). */
    public void reload() {
        reloadRequested = true;
        thread.interrupt();
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted() || reloadRequested) {
            try {
                boolean changed = reloadRequested || awaitChange();
                if (changed) {
                    TimeUnit.MILLISECONDS.sleep(SETTLE_MILLIS);
                    drain();
                    reloadRequested = false;
                    load();
                }
            } catch (InterruptedException e) {
                if (!reloadRequested) {
                    return;
                }
            } catch (java.nio.file.ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private boolean awaitChange() throws InterruptedException {
        WatchKey key = watcher.take();
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            ours |= event.context() instanceof Path p && file.getFileName().equals(p);
        }
        key.reset();
        return ours;
    }

    private void drain() {
        WatchKey key;
        while ((key = watcher.poll()) != null) {
            key.pollEvents();
            key.reset();
        }
    }

    private void load() {
        try {
            ScoringModel model = loader.load(file);
            LOG.info("model {} loaded ({}), switching", file, model.sha256());
            onLoaded.accept(model);
        } catch (ModelFormatException | RuntimeException e) {
            refusals.incrementAndGet();
            LOG.error("model {} refused, keeping the running one: {}", file, e.getMessage());
        }
    }

    /** Number of loads refused so far (the running model stayed). */
    public int refusals() {
        return refusals.get();
    }

    @Override
    public void close() throws IOException {
        reloadRequested = false;
        thread.interrupt();
        watcher.close();
    }
}
