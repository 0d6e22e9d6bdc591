package io.seizmon.core.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one public dataset's folder, as it lies in {@code ../shared/data}, into manifest entries. */
interface DatasetAdapter {

    /** Short name used in reports ({@code bonn}, {@code nguyen2018}, {@code siena}). */
    String name();

    /** True when {@code dir} holds this dataset's index file. */
    boolean recognises(Path dir) throws IOException;

    /** Reads the entries; paths in them are absolute. */
    List<DatasetEntry> read(Path dir) throws IOException;
}
