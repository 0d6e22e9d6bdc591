package io.seizmon.dashboard.admin;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Function;

/**
 * The server side of the admin channel: a Unix-domain socket at {@code <dataDir>/admin/admin.sock}. The folder is
 * created and set to {@code rwx------} (explicitly, whatever the umask) before binding, so no other OS user can reach
 * the socket; a stale socket file left by a crash is deleted first (the caller holds the database's lock, so no other
 * dashboard uses this folder). {@link #close()} stops listening and deletes the socket file.
 *
 * <p>One thread ({@code seizmon-dashboard-admin}) accepts connections and serves them one at a time: one request line
 * of at most {@value #MAX_REQUEST_BYTES} bytes (UTF-8, ended by a newline or the end of input) within
 * {@value #READ_TIMEOUT_MILLIS} ms, then one reply line, then the connection is closed. A request that is too long,
 * too slow or malformed gets an error reply and changes nothing; a connection closed without any request (a probe)
 * gets none. The handler runs on that thread and may block.
 */
public final class AdminSocket implements AutoCloseable {

    /** Largest request line, bytes (the newline excluded). */
    public static final int MAX_REQUEST_BYTES = 16 * 1024;
    /** How long a client may take to send its request line, ms. */
    public static final long READ_TIMEOUT_MILLIS = 5_000;
    /** The folder below {@code dataDir}. */
    public static final String FOLDER = "admin";
    /** The socket's file name in {@link #FOLDER}. */
    public static final String FILE = "admin.sock";

    private final ServerSocketChannel server;
    private final Path socketFile;
    private final Function<String, String> handler;
    private final Thread thread;

    private AdminSocket(ServerSocketChannel server, Path socketFile, Function<String, String> handler) {
        this.server = server;
        this.socketFile = socketFile;
        this.handler = handler;
        this.thread = new Thread(this::serve, "seizmon-dashboard-admin");
        thread.setDaemon(true);
    }

    /** The socket file for the data folder {@code dataDir}. */
    public static Path socketFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FOLDER).resolve(FILE);
    }

    /**
     * Creates the folder (mode {@code rwx------}), removes a stale socket file, binds and starts serving.
     *
     * @param handler turns a request line into a reply line (both without the newline); it must not throw
     * @throws IOException naming the socket file when it cannot be bound
     */
    public static AdminSocket open(Path dataDir, Function<String, String> handler) throws IOException {
        Path socketFile = socketFile(dataDir);
        Path folder = socketFile.getParent();
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Files.deleteIfExists(socketFile);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socketFile));
            Files.setPosixFilePermissions(socketFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            server.close();
            throw new IOException("admin socket " + socketFile + ": " + e.getMessage(), e);
        }
        AdminSocket socket = new AdminSocket(server, socketFile, handler);
        socket.thread.start();
        return socket;
    }

    /** The socket file. */
    public Path file() {
        return socketFile;
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String reply = readRequest(client);
                if (reply == null) {
                    continue; // a probe (AdminClient.answers): connected and closed without a request
                }
                client.configureBlocking(true);
                client.write(ByteBuffer.wrap((reply + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (ClosedChannelException e) {
                return; // close()
            } catch (IOException | RuntimeException e) {
                System.err.println("dashboard: admin socket: " + e);
            }
        }
    }

    /**
     * Reads one request line and answers it: the reply line (an error reply when the request was not read), or null
     * when the client closed without sending anything.
     */
    private String readRequest(SocketChannel client) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_REQUEST_BYTES + 1);
        long deadline = System.nanoTime() + READ_TIMEOUT_MILLIS * 1_000_000;
        client.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            client.register(selector, SelectionKey.OP_READ);
            while (true) {
                int end = lineEnd(buffer);
                if (end >= 0) {
                    return handler.apply(new String(buffer.array(), 0, end, StandardCharsets.UTF_8));
                }
                if (!buffer.hasRemaining()) {
                    return error("request: more than " + MAX_REQUEST_BYTES + " bytes (expected: one JSON line)");
                }
                long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMillis <= 0) {
                    return error("request: no complete line within " + READ_TIMEOUT_MILLIS + " ms");
                }
                selector.select(leftMillis);
                selector.selectedKeys().clear();
                if (client.read(buffer) < 0) {
                    return buffer.position() == 0 ? null
                            : handler.apply(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Index of the first newline in what was read, or -1. */
    private static int lineEnd(ByteBuffer buffer) {
        byte[] bytes = buffer.array();
        for (int i = 0; i < buffer.position(); i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String error(String message) {
        return AdminReply.refused(message).toJson().encode();
    }

    /**
     * Stops listening and deletes the socket file, without waiting: a request being served finishes (or fails on a
     * closed database) on the serving thread, which then ends. Safe to call on an event loop.
     */
    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socketFile);
    }
}
