package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertKindTest {

    @Test
    void carriesTheDocumentedWireNamesAndPriorities() {
        assertThat(AlertKind.values()).extracting(AlertKind::wireName).containsExactly("seizure_onset",
                "seizure_offset", "signal_gap", "poor_signal", "signal_restored", "signal_lost", "overload");
        assertThat(AlertKind.values()).extracting(kind -> kind.priority().wireName()).containsExactly("high", "low",
                "medium", "medium", "low", "medium", "medium");
    }

    @Test
    void splitsSeizureFromTechnicalKinds() {
        assertThat(AlertKind.values()).filteredOn(AlertKind::seizure)
                .containsExactly(AlertKind.SEIZURE_ONSET, AlertKind.SEIZURE_OFFSET);
        for (AlertKind kind : AlertKind.values()) {
            assertThat(kind.technical()).as("%s", kind).isEqualTo(!kind.seizure());
        }
        assertThat(AlertKind.values()).filteredOn(AlertKind::streamWide)
                .containsExactly(AlertKind.SIGNAL_LOST, AlertKind.OVERLOAD);
    }

    @Test
    void findsConstantsByExactWireNameOnly() {
        for (AlertKind kind : AlertKind.values()) {
            assertThat(AlertKind.fromWireName(kind.wireName())).contains(kind);
        }
        assertThat(AlertKind.fromWireName("SEIZURE_ONSET")).isEmpty();
        assertThat(AlertKind.fromWireName("seizure onset")).isEmpty();
        assertThat(AlertKind.fromWireName(null)).isEmpty();
        assertThat(AlertPriority.fromWireName("medium")).contains(AlertPriority.MEDIUM);
        assertThat(AlertPriority.fromWireName("High")).isEmpty();
        assertThat(AgentState.fromWireName("offline")).contains(AgentState.OFFLINE);
        assertThat(AgentState.fromWireName("")).isEmpty();
    }

    @Test
    void channelQualityHasTheDocumentedNamesAndOnlyOkIsScoreable() {
        assertThat(ChannelQuality.values()).extracting(ChannelQuality::wireName)
                .containsExactly("ok", "flat", "clipping", "mains", "non_finite", "not_scored");
        assertThat(ChannelQuality.values()).filteredOn(ChannelQuality::scoreable).containsExactly(ChannelQuality.OK);
        for (ChannelQuality quality : ChannelQuality.values()) {
            assertThat(ChannelQuality.fromWireName(quality.wireName())).contains(quality);
        }
        assertThat(ChannelQuality.fromWireName("OK")).isEmpty();
    }
}
