package io.seizmon.dashboard.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address parsed from its literal text, never from a host name (no DNS lookup, ever).
 *
 * <p>Accepted text: IPv4 dotted decimal with exactly four parts of 0..255 without leading zeros ({@code 10.0.0.7});
 * IPv6 as in RFC 4291 section 2.2 (hex groups, one {@code ::}, an optional dotted IPv4 tail), any letter case, no
 * zone id ({@code %eth0}), no brackets, no port. An IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.7}) is the IPv4
 * address, so a dual-stack socket's peer matches IPv4 entries. {@link #toString()} is canonical: dotted decimal, or
 * RFC 5952 for IPv6 (lower case, no leading zeros, the longest run of two or more zero groups as {@code ::}), so
 * two spellings of one address give one throttle key.
 *
 * <p>Immutable and thread-safe.
 */
public final class IpAddress {

    private static final int MAX_LITERAL_CHARS = 45;
    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address written by {@code text}, or empty when {@code text} (may be null) is not an address literal. */
    public static Optional<IpAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LITERAL_CHARS) {
            return Optional.empty();
        }
        byte[] parsed = text.indexOf(':') >= 0 ? IpLiteralText.ipv6(text) : IpLiteralText.ipv4(text);
        if (parsed == null) {
            return Optional.empty();
        }
        if (parsed.length == 16 && Arrays.equals(parsed, 0, 12, MAPPED_PREFIX, 0, 12)) {
            parsed = Arrays.copyOfRange(parsed, 12, 16);
        }
        return Optional.of(new IpAddress(parsed));
    }

    /** Whether this was parsed as IPv4 (or IPv4-mapped IPv6). */
    public boolean isIpv4() {
        return bytes.length == 4;
    }

    /** 32 for IPv4, 128 for IPv6. */
    public int bits() {
        return bytes.length * 8;
    }

    /** Bit {@code index} (0 = the most significant bit of the first byte), 0 or 1. */
    int bit(int index) {
        return (bytes[index >>> 3] >>> (7 - (index & 7))) & 1;
    }

    /** A copy of the address bytes in network order: 4 for IPv4, 16 for IPv6. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The canonical text (see the class comment). */
    @Override
    public String toString() {
        return isIpv4() ? IpLiteralText.formatIpv4(bytes) : IpLiteralText.formatIpv6(bytes);
    }
}
