package io.seizmon.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free loopback TCP ports for the apps' HTTP servers, asked from the kernel. Thread-safe. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port free now; the app binds it a moment later (the kernel does not hand it out again that soon). */
    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port: " + e.getMessage(), e);
        }
    }
}
