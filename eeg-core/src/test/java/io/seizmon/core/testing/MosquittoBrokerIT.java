package io.seizmon.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broker extension itself: a real MQTT 3.1.1 handshake, then a kill and a restart on the same port. */
class MosquittoBrokerIT {

    @RegisterExtension
    static final MosquittoBroker BROKER = new MosquittoBroker();

    /** CONNECT, protocol "MQTT" level 4, clean session, keep-alive 10 s, client id "it". */
    private static final byte[] CONNECT = {0x10, 14, 0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 10, 0, 2, 'i', 't'};

    private static byte[] handshake() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", BROKER.port()), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(CONNECT);
            out.flush();
            byte[] connack = new byte[4];
            new DataInputStream(socket.getInputStream()).readFully(connack);
            return connack;
        }
    }

    @Test
    void acceptsAnMqttConnectionAndSurvivesAKillAndRestart() throws Exception {
        assertThat(handshake()).containsExactly(0x20, 0x02, 0x00, 0x00);
        BROKER.kill();
        assertThatThrownBy(MosquittoBrokerIT::handshake).isInstanceOf(IOException.class);
        BROKER.start();
        assertThat(handshake()).containsExactly(0x20, 0x02, 0x00, 0x00);
        assertThat(BROKER.url()).isEqualTo("tcp://127.0.0.1:" + BROKER.port());
    }
}
