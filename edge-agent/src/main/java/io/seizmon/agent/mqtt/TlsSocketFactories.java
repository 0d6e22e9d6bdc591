package io.seizmon.agent.mqtt;

import io.seizmon.agent.config.BrokerConfig;
import io.seizmon.core.net.NoDelaySocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the socket factory for a broker URL: TCP_NODELAY for {@code tcp://}, TLS from the key stores for ssl. */
final class TlsSocketFactories {

    private TlsSocketFactories() {
    }

    /**
     * Returns the factory for {@code config}.
     *
     * @throws IllegalArgumentException naming the key and the file when a store cannot be read
     */
    static SocketFactory of(BrokerConfig config) {
        if (config.url().startsWith("tcp://")) {
            return new NoDelaySocketFactory();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(config.trustStore() == null ? null
                    : load("seizmon.agent.broker.trust-store", config.trustStore(), config.trustStorePassword()));
            KeyManagerFactory keys = null;
            if (config.keyStore() != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                char[] password = chars(config.keyStorePassword());
                keys.init(load("seizmon.agent.broker.key-store", config.keyStore(), config.keyStorePassword()),
                        password);
            }
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("seizmon.agent.broker: TLS set-up failed: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String key, Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, chars(password));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(key + ": " + file + " (expected: a readable PKCS12 or JKS store: "
                    + e.getMessage() + ")", e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
