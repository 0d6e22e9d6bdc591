package io.seizmon.dashboard.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed, and the rule that picks a request's client address
 * from the TCP peer and that header (for the login throttle and its log lines).
 *
 * <p>The rule, rightmost untrusted:
 * <ol>
 *   <li>If the TCP peer is not trusted, the client is the peer and the header is ignored: anyone can send it.</li>
 *   <li>Otherwise the header's entries (every {@code X-Forwarded-For} line in order, each a comma-separated list)
 *       are walked from right to left, starting from the peer. Each proxy appends the address it received the
 *       request from, so the rightmost entries were written by our proxies and the leftmost ones by whoever sent
 *       the request: a client can invent any number of entries on the left, never on the right. Trusted entries
 *       are skipped; the first untrusted one is the client.</li>
 *   <li>A malformed entry stops the walk: the client is the last address walked (the trusted proxy that appended
 *       the malformed entry, or the peer), since nothing to the left of it can be believed.</li>
 *   <li>When every entry is trusted, the client is the leftmost one.</li>
 * </ol>
 *
 * <p>An entry is an {@link IpAddress} literal, optionally with a port: {@code 203.0.113.7:5678},
 * {@code [2001:db8::7]} or {@code [2001:db8::7]:443} (the port is dropped); whitespace around it is ignored, and so
 * are empty list elements ({@code a,,b}, RFC 9110 section 5.6.1). Anything else ({@code unknown}, a host name, an
 * obfuscated identifier) is malformed. Addresses are returned in {@link IpAddress}'s canonical text; a peer that is
 * not an address literal (e.g. {@code unknown}) is returned as given. A trailing zone id on the peer
 * ({@code fe80::1%eth0}) is dropped.
 *
 * <p>Immutable and thread-safe; never resolves a host name.
 */
public final class TrustedProxies {

    /** Trusts nobody: the client is always the TCP peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<IpBlock> blocks;

    private TrustedProxies(List<IpBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Parses each entry with {@link IpBlock#parse}.
     *
     * @throws IllegalArgumentException {@code [INDEX]: "TEXT" (expected: ...)} for the first bad entry
     */
    public static TrustedProxies of(List<String> entries) {
        List<IpBlock> blocks = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                blocks.add(IpBlock.parse(entries.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new TrustedProxies(blocks);
    }

    /** The number of entries (addresses and blocks). */
    public int size() {
        return blocks.size();
    }

    /** Whether {@code address} is in one of the trusted blocks. */
    public boolean trusts(IpAddress address) {
        for (IpBlock block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client address of a request, by the rule in the class comment.
     *
     * @param peer         the TCP peer's address text (as Vert.x's {@code SocketAddress.hostAddress()} gives it)
     * @param forwardedFor the request's {@code X-Forwarded-For} header values in the order received; may be empty
     * @return the client address, canonical when it is an address literal
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<IpAddress> parsedPeer = IpAddress.parse(withoutZone(peer));
        if (parsedPeer.isEmpty()) {
            return peer;
        }
        IpAddress walked = parsedPeer.get();
        if (!trusts(walked)) {
            return walked.toString();
        }
        List<String> entries = entries(forwardedFor);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Optional<IpAddress> entry = entryAddress(entries.get(i));
            if (entry.isEmpty()) {
                break;
            }
            walked = entry.get();
            if (!trusts(walked)) {
                break;
            }
        }
        return walked.toString();
    }

    private static List<String> entries(List<String> headerValues) {
        List<String> entries = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",", -1)) {
                String trimmed = element.strip();
                if (!trimmed.isEmpty()) {
                    entries.add(trimmed);
                }
            }
        }
        return entries;
    }

    /** An entry's address: a literal, {@code IPV4:PORT}, {@code [IPV6]} or {@code [IPV6]:PORT}; else empty. */
    static Optional<IpAddress> entryAddress(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0 || !validPortSuffix(entry.substring(close + 1), true)) {
                return Optional.empty();
            }
            String inside = entry.substring(1, close);
            return inside.indexOf(':') >= 0 ? IpAddress.parse(inside) : Optional.empty();
        }
        int colon = entry.indexOf(':');
        if (colon >= 0 && colon == entry.lastIndexOf(':')) {
            String host = entry.substring(0, colon);
            return host.indexOf('.') >= 0 && validPortSuffix(entry.substring(colon), false)
                    ? IpAddress.parse(host) : Optional.empty();
        }
        return IpAddress.parse(entry);
    }

    /** Whether {@code suffix} is {@code :PORT} (1..65535, no leading zero), or empty when {@code emptyOk}. */
    private static boolean validPortSuffix(String suffix, boolean emptyOk) {
        if (suffix.isEmpty()) {
            return emptyOk;
        }
        String digits = suffix.substring(1);
        if (suffix.charAt(0) != ':' || digits.isEmpty() || digits.length() > 5 || digits.charAt(0) == '0'
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(digits) <= 65535;
    }

    private static String withoutZone(String peer) {
        int percent = peer == null ? -1 : peer.indexOf('%');
        return percent < 0 ? peer : peer.substring(0, percent);
    }

    @Override
    public String toString() {
        return blocks.toString();
    }
}
