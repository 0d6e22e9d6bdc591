package io.seizmon.dashboard.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends one {@link AdminRequest} to a running dashboard's {@link AdminSocket} and reads its reply. Blocking. */
public final class AdminClient {

    /** Largest reply read, bytes. */
    private static final int MAX_REPLY_BYTES = 64 * 1024;

    private AdminClient() {
    }

    /**
     * Whether something accepts connections on {@code socketFile} (a running dashboard: only it binds there). The
     * probe connection sends nothing; the server closes it without a reply.
     */
    public static boolean answers(Path socketFile) {
        if (!Files.exists(socketFile)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.connect(UnixDomainSocketAddress.of(socketFile));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sends {@code request} over the socket at {@code socketFile}.
     *
     * @throws IOException when nothing listens there or the connection ends before a reply line
     */
    public static AdminReply send(Path socketFile, AdminRequest request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketFile));
            byte[] line = (request.toJson().encode() + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.wrap(line);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            return AdminReply.decode(readLine(channel));
        }
    }

    /** Sends raw bytes and returns the reply line as text (for tests of malformed requests). */
    public static String sendRaw(Path socketFile, byte[] bytes) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketFile));
            ByteBuffer out = ByteBuffer.wrap(bytes);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            return readLine(channel);
        }
    }

    private static String readLine(SocketChannel channel) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        ByteBuffer in = ByteBuffer.allocate(4096);
        while (channel.read(in) >= 0) {
            in.flip();
            while (in.hasRemaining()) {
                byte b = in.get();
                if (b == '\n') {
                    return reply.toString(StandardCharsets.UTF_8);
                }
                reply.write(b);
            }
            in.clear();
            if (reply.size() > MAX_REPLY_BYTES) {
                throw new IOException("admin reply: more than " + MAX_REPLY_BYTES + " bytes");
            }
        }
        throw new IOException("admin socket " + channel.getRemoteAddress() + ": closed before a reply line");
    }
}
