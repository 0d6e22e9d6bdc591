package io.seizmon.dashboard.net;

/**
 * The text forms of {@link IpAddress}: strict parsers (null for anything that is not a literal) and the canonical
 * formatters. Stateless.
 */
final class IpLiteralText {

    private IpLiteralText() {
    }

    /** Four bytes from {@code a.b.c.d} (each 0..255, no leading zeros, no sign), or null. */
    static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = decimalByte(parts[i]);
            if (value < 0) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static int decimalByte(String part) {
        if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 255 ? value : -1;
    }

    /** Sixteen bytes from an RFC 4291 text (one optional {@code ::}, optional dotted IPv4 tail), or null. */
    static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = groups(tail, true);
        if (headGroups == null || tailGroups == null || gap < 0 && head.isEmpty()) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >>> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    /** The 16-bit groups of one side of {@code ::} (empty side: none), the last may be dotted IPv4; or null. */
    private static int[] groups(String side, boolean ipv4TailAllowed) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        String last = parts[parts.length - 1];
        boolean ipv4Tail = ipv4TailAllowed && last.indexOf('.') >= 0;
        int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length - (ipv4Tail ? 1 : 0); i++) {
            groups[i] = hexGroup(parts[i]);
            if (groups[i] < 0) {
                return null;
            }
        }
        if (ipv4Tail) {
            byte[] v4 = ipv4(last);
            if (v4 == null) {
                return null;
            }
            groups[parts.length - 1] = (v4[0] & 0xff) << 8 | v4[1] & 0xff;
            groups[parts.length] = (v4[2] & 0xff) << 8 | v4[3] & 0xff;
        }
        return groups;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0 || part.charAt(i) > 'f') { // Character.digit also takes non-ASCII digits
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    static String formatIpv4(byte[] bytes) {
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    /** RFC 5952 section 4: lower case, no leading zeros, the first longest run of &ge; 2 zero groups as "::". */
    static String formatIpv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
