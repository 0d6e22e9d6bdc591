package io.seizmon.dashboard.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rightmost-untrusted rule. Trusted in the table: the loopback addresses, 10.0.0.0/8 and fd00::/8.
 * Columns: peer, X-Forwarded-For lines separated by {@code |} (empty: no header), expected client.
 */
class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"));

    private static List<String> lines(String headers) {
        return headers == null ? List.of() : Arrays.asList(headers.split("\\|", -1));
    }

    @ParameterizedTest(name = "{0}: peer {1}, X-Forwarded-For {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "untrusted peer, spoofed header ignored; 198.51.100.9; 203.0.113.7; 198.51.100.9",
        "untrusted peer in no block; 11.0.0.1; 203.0.113.7; 11.0.0.1",
        "trusted peer, no header; 127.0.0.1; ; 127.0.0.1",
        "trusted peer, empty header; 127.0.0.1; '  '; 127.0.0.1",
        "client, then our proxy; 127.0.0.1; 203.0.113.7; 203.0.113.7",
        "client through two trusted proxies; 127.0.0.1; 203.0.113.7, 10.0.0.5; 203.0.113.7",
        "spoofed leftmost entries ignored; 127.0.0.1; 1.1.1.1, 2.2.2.2, 203.0.113.7; 203.0.113.7",
        "spoofed trusted-looking entry; 127.0.0.1; 10.9.9.9, 203.0.113.7, 10.0.0.5; 203.0.113.7",
        "first untrusted from the right; 10.0.0.1; 203.0.113.7, 198.51.100.1, 10.0.0.2; 198.51.100.1",
        "edge of a block trusted; 10.255.255.255; 203.0.113.7, 10.0.0.0; 203.0.113.7",
        "just outside a block; 127.0.0.1; 203.0.113.7, 11.0.0.0; 11.0.0.0",
        "several header lines; 127.0.0.1; 203.0.113.9|203.0.113.7, 10.0.0.5|10.0.0.6; 203.0.113.7",
        "several lines, spoofed first line; 127.0.0.1; 6.6.6.6, 7.7.7.7|203.0.113.7; 203.0.113.7",
        "whitespace and empty elements; 127.0.0.1; ' 203.0.113.7 ,, \t10.0.0.5 , '; 203.0.113.7",
        "malformed rightmost: the peer; 127.0.0.1; 203.0.113.7, unknown; 127.0.0.1",
        "malformed after a proxy: that proxy; 127.0.0.1; 203.0.113.7, nginx.local, 10.0.0.5; 10.0.0.5",
        "malformed left of the client: no matter; 127.0.0.1; bogus, 203.0.113.7; 203.0.113.7",
        "all trusted: the leftmost; 127.0.0.1; 10.0.0.9, 10.0.0.5; 10.0.0.9",
        "all trusted incl. the peer only; ::1; ::1; ::1",
        "IPv6 peer and client; ::1; 2001:db8::7; 2001:db8::7",
        "IPv6 block, edge addresses; fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff; 2001:db8::7, fd00::; 2001:db8::7",
        "IPv6 just outside the block; ::1; 2001:db8::7, fe00::1; fe00::1",
        "IPv6 spelled long, canonical out; 0:0:0:0:0:0:0:1; 2001:0DB8:0:0:0:0:0:7; 2001:db8::7",
        "peer with zone id; ::1%lo; 2001:db8::7; 2001:db8::7",
        "IPv4-mapped peer; ::ffff:127.0.0.1; 203.0.113.7; 203.0.113.7",
        "IPv4 entry with port; 127.0.0.1; 203.0.113.7:5678; 203.0.113.7",
        "bracketed IPv6 with port; 127.0.0.1; [2001:db8::7]:443; 2001:db8::7",
        "bracketed IPv6 without port; 127.0.0.1; [2001:db8::7]; 2001:db8::7",
        "bad port is malformed; 127.0.0.1; 203.0.113.7:99999; 127.0.0.1",
        "IPv6 without brackets with port-like tail is that IPv6; 127.0.0.1; 2001:db8::7:80; 2001:db8::7:80",
        "bracketed IPv4 is malformed; 127.0.0.1; [203.0.113.7]; 127.0.0.1",
        "host name is malformed; 127.0.0.1; client.example; 127.0.0.1",
        "untrusted peer that is not an address; unknown; 203.0.113.7; unknown",
    })
    void picksTheRightmostUntrustedAddress(String label, String peer, String headers, String expected) {
        assertThat(proxies.clientAddress(peer, lines(headers))).as(label).isEqualTo(expected);
    }

    @Test
    void trustingNobodyAlwaysGivesThePeer() {
        assertThat(TrustedProxies.NONE.size()).isZero();
        assertThat(TrustedProxies.NONE.clientAddress("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
        assertThat(TrustedProxies.of(List.of()).clientAddress("10.0.0.1", List.of("203.0.113.7")))
                .isEqualTo("10.0.0.1");
    }

    @Test
    void ofNamesTheIndexOfTheFirstBadEntry() {
        assertThat(proxies.size()).isEqualTo(4);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/8", "nginx.local", "bad")))
                .hasMessage("[1]: \"nginx.local\" (expected: an IP address or CIDR block such as 10.0.0.0/8)");
    }

    /** Whatever a client writes into the header, the proxies' own entries to its right decide. */
    @Property
    void noPrefixAClientWritesChangesItsAddress(@ForAll @Size(max = 6) List<String> spoofed,
                                                @ForAll @IntRange(min = 1, max = 223) int first,
                                                @ForAll @IntRange(min = 0, max = 2) int trustedHops) {
        String client = (first == 10 || first == 127 ? 11 : first) + ".20.30.40";
        List<String> entries = new ArrayList<>(spoofed);
        entries.add(client);
        for (int i = 0; i < trustedHops; i++) {
            entries.add("10.0.0." + (i + 1));
        }
        assertThat(proxies.clientAddress("127.0.0.1", List.of(String.join(",", entries)))).isEqualTo(client);
        assertThat(proxies.clientAddress("127.0.0.1", entries)).as("one line per entry").isEqualTo(client);
    }

    /** An untrusted peer is the client whatever it sends. */
    @Property
    void anUntrustedPeerCannotSpoofAnything(@ForAll @Size(max = 4) List<String> header) {
        assertThat(proxies.clientAddress("203.0.113.7", header)).isEqualTo("203.0.113.7");
    }
}
