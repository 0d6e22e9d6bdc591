package io.seizmon.dashboard;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@link DashboardOptions} from a JSON file, naming the file in every error. */
final class OptionsFile {

    private OptionsFile() {
    }

    /**
     * Options from {@code file}, or defaults when null; not yet validated.
     *
     * @throws IllegalArgumentException naming the file and the problem
     */
    static DashboardOptions read(Path file) {
        if (file == null) {
            return new DashboardOptions();
        }
        try {
            return new DashboardOptions(new JsonObject(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (DecodeException e) {
            throw new IllegalArgumentException(file + ": not a JSON object (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
