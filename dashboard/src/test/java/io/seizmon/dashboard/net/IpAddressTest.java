package io.seizmon.dashboard.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal parsing and canonical text, checked against the JDK's own (independent) address code. */
class IpAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "10.0.0.7                                | 10.0.0.7",
        "0.0.0.0                                 | 0.0.0.0",
        "255.255.255.255                         | 255.255.255.255",
        "::1                                     | ::1",
        "::                                      | ::",
        "2001:DB8:0:0:0:0:0:1                    | 2001:db8::1",
        "2001:0db8:0000:0000:0001:0000:0000:0001 | 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1                    | 2001:db8:0:1:1:1:1:1",
        "fd00::                                  | fd00::",
        "1::                                     | 1::",
        "::ffff:203.0.113.7                      | 203.0.113.7",
        "::FFFF:cb00:7107                        | 203.0.113.7",
        "64:ff9b::203.0.113.7                    | 64:ff9b::cb00:7107",
    })
    void parsesLiteralsToCanonicalText(String text, String canonical) {
        assertThat(IpAddress.parse(text)).get().hasToString(canonical);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " 10.0.0.7", "10.0.0.7 ", "nginx.local", "localhost", "10.0.0", "10.0.0.7.1",
        "10.0.0.256", "010.0.0.7", "10.0.0.-1", "10.0.0.+7", "1.2.3.4:80", "[::1]", "::1%eth0", ":::", "1:::2",
        "1::2::3", ":1", "1:", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::",
        "g::", "::1.2.3", "1.2.3.4::", "::1.2.3.4:5", "abcd", "١٢.0.0.1", "::１"})
    void refusesAnythingButALiteral(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @Property
    void readsWhatTheJdkWritesForAnyIpv6Address(@ForAll @Size(16) byte[] bytes) throws UnknownHostException {
        InetAddress jdk = InetAddress.getByAddress(bytes);
        IpAddress ours = IpAddress.parse(jdk.getHostAddress()).orElseThrow();
        assertThat(ours.bytes()).as(jdk.getHostAddress()).isEqualTo(jdk.getAddress());
    }

    @Property
    void writesWhatTheJdkReadsForAnyIpv6Address(@ForAll @Size(16) byte[] bytes) throws UnknownHostException {
        IpAddress ours = IpAddress.parse(InetAddress.getByAddress(bytes).getHostAddress()).orElseThrow();
        // a literal (no DNS); the JDK turns IPv4-mapped addresses into IPv4, as ours does
        InetAddress jdk = InetAddress.getByName(ours.toString());
        assertThat(jdk.getAddress()).as(ours.toString()).isEqualTo(ours.bytes());
        assertThat(ours.toString()).doesNotContain(":::").doesNotMatch(".*(^|:)0[0-9a-f].*");
    }

    @Property
    void ipv4RoundTripsThroughTheJdk(@ForAll @Size(4) byte[] bytes) throws UnknownHostException {
        IpAddress ours = IpAddress.parse(InetAddress.getByAddress(bytes).getHostAddress()).orElseThrow();
        assertThat(ours.bytes()).isEqualTo(bytes);
        assertThat(InetAddress.getByName(ours.toString()).getAddress()).isEqualTo(bytes);
    }

    @Property
    void compressesTheFirstLongestRunOfZeroGroups(@ForAll @Size(8) boolean[] zeroGroups) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i + 1] = (byte) (zeroGroups[i] ? 0 : 0x2a);
        }
        bytes[0] = zeroGroups[0] ? 0 : (byte) 0xfd; // never IPv4-mapped
        String text = IpLiteralText.formatIpv6(bytes);
        int longest = 0;
        int first = -1;
        for (int i = 0; i < 8; i++) {
            int run = 0;
            while (i + run < 8 && zeroGroups[i + run]) {
                run++;
            }
            if (run > longest) {
                longest = run;
                first = i;
            }
        }
        assertThat(Arrays.equals(IpAddress.parse(text).orElseThrow().bytes(), bytes)).as(text).isTrue();
        if (longest >= 2) {
            int gap = text.indexOf("::");
            String before = text.substring(0, gap);
            String after = text.substring(gap + 2);
            assertThat(before.isEmpty() ? 0 : before.split(":").length).as(text).isEqualTo(first);
            assertThat(after.isEmpty() ? 0 : after.split(":").length).as(text).isEqualTo(8 - first - longest);
        } else {
            assertThat(text).doesNotContain("::");
        }
    }
}
