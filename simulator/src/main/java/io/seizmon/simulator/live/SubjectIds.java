package io.seizmon.simulator.live;

import io.seizmon.core.wire.Topics;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Subject ids derived from names (file names, source names), normalised to the grammar of
 * {@link Topics#isValidSubjectId}: accents dropped, lower case, every other character than {@code a-z 0-9 . _ -}
 * becomes {@code -} (runs collapse to one), leading characters other than a letter or digit and trailing
 * {@code -} are removed, at most 64 characters; {@value #FALLBACK} if nothing is left. Stateless.
 */
public final class SubjectIds {

    /** The id of a name with no usable character. */
    public static final String FALLBACK = "subject";

    private SubjectIds() {
    }

    /** Returns {@code fileName} without its extension, normalised: {@code PN00-1_F8.csv → pn00-1_f8}. */
    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return normalise(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** Returns {@code name} normalised as the class comment says. */
    public static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (id.length() > Topics.MAX_ID_LENGTH) {
            id = id.substring(0, Topics.MAX_ID_LENGTH);
        }
        id = id.replaceAll("-+$", "");
        return id.isEmpty() ? FALLBACK : id;
    }

    /**
     * Returns the ids in order, made unique: the second {@code x} becomes {@code x-2}, the third {@code x-3}, cut
     * so the suffix fits 64 characters.
     */
    public static List<String> unique(List<String> ids) {
        Set<String> taken = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String id : ids) {
            String candidate = id;
            for (int n = 2; !taken.add(candidate); n++) {
                String suffix = "-" + n;
                candidate = id.substring(0, Math.min(id.length(), Topics.MAX_ID_LENGTH - suffix.length())) + suffix;
            }
            unique.add(candidate);
        }
        return unique;
    }
}
