import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Logs in to a broker the way the seizmon units configure the Java apps: an {@code ssl://} URL, the CA from the
 * JVM's default trust store ({@code -Djavax.net.ssl.trustStore=...}, as the units' {@code JAVA_TLS_OPTS}), a
 * username and the password read from a file (as from {@code $CREDENTIALS_DIRECTORY/broker-password}), then
 * publishes one QoS 1 message. Used by config/test-mosquitto.sh when a JDK and the Paho jar are at hand.
 *
 * <p>Usage: {@code java -cp PAHO.jar PahoTlsLogin URL USER PASSWORD_FILE TOPIC}; exit 0 when published, 1 with
 * the reason otherwise.
 */
public final class PahoTlsLogin {

    private PahoTlsLogin() {
    }

    public static void main(String[] args) throws Exception {
        String password = java.nio.file.Files.readString(java.nio.file.Path.of(args[2])).strip();
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(args[1]);
        options.setPassword(password.toCharArray());
        options.setConnectionTimeout(10);
        options.setCleanSession(true);
        MqttClient client = new MqttClient(args[0], "tls-login-" + ProcessHandle.current().pid(),
                new MemoryPersistence());
        try {
            client.connect(options);
            client.publish(args[3], "paho-tls-login".getBytes(StandardCharsets.UTF_8), 1, false);
            client.disconnect();
            System.out.println("PahoTlsLogin: published on " + args[3] + " as " + args[1]);
        } catch (MqttException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.out.println("PahoTlsLogin: refused: " + e.getReasonCode() + " " + cause);
            System.exit(1);
        } finally {
            client.close();
        }
    }
}
