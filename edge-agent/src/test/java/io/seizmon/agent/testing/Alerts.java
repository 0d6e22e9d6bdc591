package io.seizmon.agent.testing;

import io.seizmon.core.wire.AlertEvent;
import io.seizmon.core.wire.AlertEventCodec;
import io.seizmon.core.wire.PayloadResult;
import java.util.List;

/** Decodes what a {@link TestClient} received on alert topics, failing loudly on a payload that breaks the contract. */
public final class Alerts {

    private Alerts() {
    }

    public static List<AlertEvent> of(TestClient client) {
        return client.received("alerts").stream().map(r -> decode(r.payload())).toList();
    }

    private static AlertEvent decode(byte[] payload) {
        PayloadResult<AlertEvent> result = AlertEventCodec.decode(payload);
        if (result instanceof PayloadResult.Decoded<AlertEvent> decoded) {
            return decoded.value();
        }
        throw new AssertionError("alert payload breaks docs/topics.md: " + result + ": " + new String(payload,
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
