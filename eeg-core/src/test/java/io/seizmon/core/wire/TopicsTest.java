package io.seizmon.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

    @Test
    void buildsStreamTopicsUnderLiveAndSimRoots() {
        assertThat(Topics.raw("cage-07", false)).isEqualTo("seizmon/v1/live/cage-07/raw");
        assertThat(Topics.rawJson("cage-07", true)).isEqualTo("seizmon/v1/sim/cage-07/raw-json");
        assertThat(Topics.meta("a.b_c", false)).isEqualTo("seizmon/v1/live/a.b_c/meta");
        assertThat(Topics.scores("s1", false)).isEqualTo("seizmon/v1/live/s1/scores");
        assertThat(Topics.alerts("s1", true)).isEqualTo("seizmon/v1/sim/s1/alerts");
        assertThat(Topics.truth("s1", true)).isEqualTo("seizmon/v1/sim/s1/truth");
        assertThat(Topics.agentStatus("edge-1")).isEqualTo("seizmon/v1/agents/edge-1/status");
    }

    @Test
    void buildsSubscriptionFilters() {
        assertThat(Topics.filter(Topics.Leaf.RAW)).isEqualTo("seizmon/v1/+/+/raw");
        assertThat(Topics.filter(Topics.Leaf.ALERTS, false)).isEqualTo("seizmon/v1/live/+/alerts");
        assertThat(Topics.subjectFilter("cage-07", true)).isEqualTo("seizmon/v1/sim/cage-07/+");
        assertThat(Topics.agentStatusFilter()).isEqualTo("seizmon/v1/agents/+/status");
    }

    @Test
    void parsesEveryTopicItBuilds() {
        for (Topics.Leaf leaf : Topics.Leaf.values()) {
            for (boolean simulated : new boolean[] {false, true}) {
                String topic = Topics.stream("rat-3", simulated, leaf);
                assertThat(Topics.parse(topic)).contains(new StreamTopic("rat-3", simulated, leaf));
                assertThat(Topics.parse(topic).orElseThrow().topic()).isEqualTo(topic);
            }
        }
        assertThat(Topics.parseAgentStatus("seizmon/v1/agents/edge-1/status")).contains("edge-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "seizmon", "seizmon/v1", "seizmon/v1/live/cage-07", "seizmon/v1/live/cage-07/raw/x",
        "seizmon/v2/live/cage-07/raw", "seizmon/v1/replay/cage-07/raw", "seizmon/v1/live/Cage-07/raw",
        "seizmon/v1/live/+/raw", "seizmon/v1/live/cage-07/#", "seizmon/v1/live//raw", "seizmon/v1/live/cage-07/RAW",
        "/seizmon/v1/live/cage-07/raw", "seizmon/v1/agents/edge-1/status", "other/v1/live/cage-07/raw"})
    void parsesForeignTopicsToEmpty(String topic) {
        assertThat(Topics.parse(topic)).isEmpty();
    }

    @Test
    void parsesNullToEmpty() {
        assertThat(Topics.parse(null)).isEmpty();
        assertThat(Topics.parseAgentStatus(null)).isEmpty();
        assertThat(Topics.parseAgentStatus("seizmon/v1/agents/edge-1/state")).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "A", "a/b", "a+b", "a#", "a b", "é",
        "a0123456789012345678901234567890123456789012345678901234567890123"})
    void rejectsInvalidSubjectIds(String id) {
        assertThat(Topics.isValidSubjectId(id)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.raw(id, false))
                .withMessageStartingWith("subjectId: \"" + id + "\" (expected: [a-z0-9][a-z0-9._-]{0,63})");
    }

    @Test
    void acceptsSubjectIdsOfOneToSixtyFourCharacters() {
        assertThat(Topics.isValidSubjectId("0")).isTrue();
        assertThat(Topics.isValidSubjectId("a".repeat(64))).isTrue();
        assertThat(Topics.isValidSubjectId("cage-07.left_hemi")).isTrue();
    }

    @Test
    void publishesAlertsAndMetaReliablyAndScoresBestEffort() {
        assertThat(Topics.Leaf.ALERTS.qos()).isEqualTo(1);
        assertThat(Topics.Leaf.SCORES.qos()).isZero();
        assertThat(Topics.Leaf.META.retained()).isTrue();
        assertThat(Topics.Leaf.RAW.retained()).isFalse();
    }
}
