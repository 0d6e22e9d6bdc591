package io.seizmon.dashboard.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR parsing, edge addresses of blocks, families, and the refusals. */
class IpBlockTest {

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8, 10.0.0.0, true",
        "10.0.0.0/8, 10.255.255.255, true",
        "10.0.0.0/8, 9.255.255.255, false",
        "10.0.0.0/8, 11.0.0.0, false",
        "192.168.4.0/22, 192.168.7.255, true",
        "192.168.4.0/22, 192.168.8.0, false",
        "192.168.4.0/22, 192.168.3.255, false",
        "127.0.0.1, 127.0.0.1, true",
        "127.0.0.1, 127.0.0.2, false",
        "127.0.0.1/32, 127.0.0.1, true",
        "0.0.0.0/0, 203.0.113.7, true",
        "0.0.0.0/0, ::1, false",
        "::1, ::1, true",
        "::1, ::2, false",
        "::1, 0.0.0.1, false",
        "fd00::/8, fd00::, true",
        "fd00::/8, fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, true",
        "fd00::/8, fcff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, false",
        "fd00::/8, fe00::, false",
        "2001:db8::/127, 2001:db8::1, true",
        "2001:db8::/127, 2001:db8::2, false",
        "::/0, 2001:db8::1, true",
        "::/0, 10.0.0.1, false",
        "::ffff:10.0.0.0/104, 10.255.0.1, true",
        "::ffff:10.0.0.0/104, ::ffff:10.1.2.3, true",
        "::ffff:10.0.0.0/104, 11.0.0.0, false",
        "10.0.0.0/8, ::ffff:10.1.2.3, true",
    })
    void containsExactlyTheAddressesOfItsPrefix(String block, String address, boolean expected) {
        assertThat(IpBlock.parse(block).contains(ip(address))).isEqualTo(expected);
    }

    @Test
    void aSingleAddressIsABlockOfItsFullLength() {
        assertThat(IpBlock.parse("127.0.0.1")).isEqualTo(new IpBlock(ip("127.0.0.1"), 32));
        assertThat(IpBlock.parse("::1")).hasToString("::1/128");
        assertThat(IpBlock.parse("::ffff:10.0.0.0/104")).hasToString("10.0.0.0/8");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"nginx.local", "localhost", "", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1",
        "10.0.0.0/08", "10.0.0.0/8/8", "10.0.0.0/x", "::/129", "::ffff:0:0/95", "10.0.0.0 /8", "*", "10.0.0.*"})
    void refusesWhatIsNotAnAddressOrBlockSayingWhatIsExpected(String text) {
        assertThatThrownBy(() -> IpBlock.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + text + "\" (expected: an IP address or CIDR block such as 10.0.0.0/8)");
    }

    @Test
    void refusesHostBitsAfterThePrefix() {
        assertThatThrownBy(() -> IpBlock.parse("10.1.2.3/8")).hasMessage(
                "\"10.1.2.3/8\" (expected: a CIDR block with no bits set after the prefix, such as 10.0.0.0/8)");
        assertThatThrownBy(() -> IpBlock.parse("fd00::1/8")).hasMessageContaining("no bits set after the prefix");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> IpBlock.parse(null))
                .hasMessage("null (expected: an IP address or CIDR block such as 10.0.0.0/8)");
    }
}
