package io.seizmon.dashboard.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.wire.PayloadResult;
import io.seizmon.core.wire.ResyncRequest;
import io.seizmon.core.wire.ResyncRequestCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResyncRequesterTest {

    private static final long HOUR_US = 3_600_000_000L;

    private final AtomicLong nowUs = new AtomicLong(1000 * HOUR_US);
    private final List<ResyncRequest> published = new ArrayList<>();
    private final ResyncRequester requester = new ResyncRequester("seizmon-dashboard-1", nowUs::get, payload -> {
        PayloadResult<ResyncRequest> decoded = ResyncRequestCodec.decode(payload);
        assertThat(decoded).isInstanceOf(PayloadResult.Decoded.class);
        published.add(((PayloadResult.Decoded<ResyncRequest>) decoded).value());
    });

    @Test
    void withoutStoredEventsASubscribedSessionAsksForTheLast24Hours() {
        requester.onSubscribed();
        assertThat(published).containsExactly(new ResyncRequest("seizmon-dashboard-1", nowUs.get() - 24 * HOUR_US));
    }

    @Test
    void sinceIsTheNewestEventMinusTenMinutesButNeverOlderThan24Hours() {
        requester.onEventPublished(nowUs.get() - 2 * HOUR_US);
        requester.onEventPublished(nowUs.get() - 3 * HOUR_US);
        requester.onSubscribed();
        requester.onEventPublished(nowUs.get() - 30 * HOUR_US);
        assertThat(published).extracting(ResyncRequest::sinceMicros)
                .containsExactly(nowUs.get() - 2 * HOUR_US - 600_000_000L);

        ResyncRequester stale = new ResyncRequester("d", nowUs::get, p -> published.add(
                ((PayloadResult.Decoded<ResyncRequest>) ResyncRequestCodec.decode(p)).value()));
        stale.onEventPublished(nowUs.get() - 48 * HOUR_US);
        assertThat(stale.request().sinceMicros()).isEqualTo(nowUs.get() - 24 * HOUR_US);
    }

    @Test
    void anAgentTurningOnlineTriggersARequestOncePerTransition() {
        requester.onAgentStatus("edge-01", true);
        requester.onAgentStatus("edge-01", true);
        requester.onAgentStatus("edge-02", false);
        assertThat(published).as("first online of edge-01 only").hasSize(1);

        requester.onAgentStatus("edge-01", false);
        requester.onAgentStatus("edge-01", true);
        assertThat(published).as("offline then online again").hasSize(2);

        requester.onConnectionLost();
        requester.onAgentStatus("edge-01", true);
        assertThat(published).as("after a lost session (a restarted broker may have lost the retained status), "
                + "online counts as a turn").hasSize(3);
    }
}
