package io.seizmon.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelaySocketFactoryTest {

    @Test
    void everySocketItMakesHasNagleOff() throws IOException {
        NoDelaySocketFactory factory = new NoDelaySocketFactory();
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
             Socket unconnected = factory.createSocket();
             Socket connected = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
        }
    }
}
