package io.seizmon.dashboard.net;

import java.util.Objects;

/**
 * A CIDR block of addresses, or one address (a block of its full length).
 *
 * <p>Text: an {@link IpAddress} literal, optionally {@code /PREFIX} with PREFIX in 0..32 (IPv4) or 0..128 (IPv6),
 * decimal without leading zeros; the bits after the prefix must be zero ({@code 10.0.0.0/8}, not
 * {@code 10.1.2.3/8}, which is refused as a likely typo). An IPv4-mapped IPv6 block
 * ({@code ::ffff:10.0.0.0/104}) is the IPv4 block ({@code 10.0.0.0/8}); it needs a prefix of at least 96. A block
 * matches only addresses of its own family.
 *
 * @param base       the first address of the block
 * @param prefixBits the number of leading bits an address must share with {@code base}
 */
public record IpBlock(IpAddress base, int prefixBits) {

    /** What {@link #parse} accepts, as said in its error messages. */
    public static final String EXPECTED = "an IP address or CIDR block such as 10.0.0.0/8";
    /** What {@link #parse} says of a block with bits set after its prefix. */
    public static final String EXPECTED_ZERO_HOST_BITS =
            "a CIDR block with no bits set after the prefix, such as 10.0.0.0/8";

    /**
     * @throws IllegalArgumentException when {@code prefixBits} is outside 0..{@code base.bits()}
     * @throws NullPointerException     when {@code base} is null
     */
    public IpBlock {
        Objects.requireNonNull(base, "base");
        if (prefixBits < 0 || prefixBits > base.bits()) {
            throw new IllegalArgumentException("prefixBits: " + prefixBits + " (expected: 0.." + base.bits() + ")");
        }
    }

    /**
     * Parses a block; never resolves a host name.
     *
     * @throws IllegalArgumentException {@code "TEXT" (expected: ...)}, for the caller to prefix with its key
     */
    public static IpBlock parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        IpAddress base = IpAddress.parse(addressText).orElseThrow(() -> refused(text, EXPECTED));
        int maxBits = addressText.indexOf(':') >= 0 ? 128 : 32;
        int prefix = slash < 0 ? maxBits : decimal(text.substring(slash + 1), maxBits);
        if (prefix < 0) {
            throw refused(text, EXPECTED);
        }
        if (base.isIpv4() && maxBits == 128) {
            if (prefix < 96) {
                throw refused(text, EXPECTED);
            }
            prefix -= 96;
        }
        IpBlock block = new IpBlock(base, prefix);
        for (int i = prefix; i < base.bits(); i++) {
            if (base.bit(i) != 0) {
                throw refused(text, EXPECTED_ZERO_HOST_BITS);
            }
        }
        return block;
    }

    /** Whether {@code address} is in this block (same family, same first {@link #prefixBits} bits). */
    public boolean contains(IpAddress address) {
        if (address.bits() != base.bits()) {
            return false;
        }
        for (int i = 0; i < prefixBits; i++) {
            if (address.bit(i) != base.bit(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code base/prefixBits} in canonical text. */
    @Override
    public String toString() {
        return base + "/" + prefixBits;
    }

    private static int decimal(String text, int max) {
        if (text.isEmpty() || text.length() > 3 || text.length() > 1 && text.charAt(0) == '0'
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value <= max ? value : -1;
    }

    private static IllegalArgumentException refused(String text, String expected) {
        return new IllegalArgumentException((text == null ? "null" : "\"" + text + "\"") + " (expected: "
                + expected + ")");
    }
}
