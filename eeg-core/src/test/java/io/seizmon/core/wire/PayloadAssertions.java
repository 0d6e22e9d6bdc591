package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Assertions on {@link PayloadResult}s and access to the JSON examples of {@code docs/topics.md}. */
final class PayloadAssertions {

    /** A real SHA-256 (of the bytes {@code seizmon-mlp-synth-1000hz}) for the doc examples' placeholder. */
    static final String SHA256 = "99858ff1f0854474e10c8b14a408442305ef47624e90dab1dea63a60b10f6708";

    private PayloadAssertions() {
    }

    static <T> T decoded(PayloadResult<T> result) {
        assertThat(result).isInstanceOf(PayloadResult.Decoded.class);
        return ((PayloadResult.Decoded<T>) result).value();
    }

    static <T> void assertRejected(PayloadResult<T> result, RejectReason reason, String detailPart) {
        assertThat(result).isInstanceOf(PayloadResult.Rejected.class);
        PayloadResult.Rejected<T> rejected = (PayloadResult.Rejected<T>) result;
        assertThat(rejected.reason()).as("reason of %s", rejected).isEqualTo(reason);
        assertThat(rejected.detail()).as("detail of %s", rejected).contains(detailPart);
    }

    /** Decodes {@code json} (UTF-8) and asserts the rejection. */
    static <T> void assertRejected(Function<byte[], PayloadResult<T>> decoder, String json, RejectReason reason,
                                   String detailPart) {
        assertRejected(decoder.apply(json.getBytes(StandardCharsets.UTF_8)), reason, detailPart);
    }

    /**
     * Returns the first {@code json} block after the heading {@code ## <section>} of {@code docs/topics.md}, with
     * every SHA-256 placeholder ({@code "9f2c…"} up to the closing quote) replaced by {@link #SHA256}; skips the test
     * when the doc is absent.
     */
    static String docExample(String section) throws IOException {
        Path doc = Path.of("..", "docs", "topics.md");
        assumeTrue(Files.exists(doc), "missing " + doc.toAbsolutePath());
        String text = Files.readString(doc);
        int heading = text.indexOf("\n## " + section + "\n");
        assertThat(heading).as("section %s in %s", section, doc).isNotNegative();
        int start = text.indexOf("```json\n", heading) + "```json\n".length();
        String example = text.substring(start, text.indexOf("\n```", start));
        return example.replaceAll("\"9f2c[^\"]*\"", "\"" + SHA256 + "\"");
    }
}
