package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RejectReasonTest {

    @Test
    void holdsExactlyTheReasonsDocumentedInWireFormat() {
        assertThat(RejectReason.values()).extracting(Enum::name).containsExactly(
                "BAD_MAGIC", "UNSUPPORTED_VERSION", "UNKNOWN_ENCODING", "BAD_FLAGS", "TRUNCATED", "TRAILING_BYTES",
                "BAD_CHECKSUM", "BAD_HEADER_FIELD", "BAD_SUBJECT_ID", "TOPIC_MISMATCH", "SIMULATION_MISMATCH",
                "NON_FINITE_SAMPLE", "MALFORMED_JSON",
                "CHANNEL_MISMATCH", "SAMPLE_RATE_MISMATCH", "DUPLICATE_FRAME", "OUT_OF_ORDER_FRAME", "QUEUE_OVERFLOW");
    }

    @Test
    void everyReasonIsInTheDocumentedTable() throws IOException {
        Path doc = Path.of("..", "docs", "wire-format.md");
        assumeTrue(Files.exists(doc), "missing " + doc.toAbsolutePath());
        String text = Files.readString(doc);
        for (RejectReason reason : RejectReason.values()) {
            assertThat(text).as("docs/wire-format.md").contains("| `" + reason.name() + "` |");
        }
    }
}
