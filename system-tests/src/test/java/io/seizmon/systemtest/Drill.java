package io.seizmon.systemtest;

import io.seizmon.core.testing.MosquittoBroker;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The set-up every fault drill shares, as a JUnit extension: register it with
 * {@code @RegisterExtension static final Drill DRILL = new Drill("name");} and take a {@link SystemUnderTest}
 * parameter in the test method. The class gets its own Debian mosquitto ({@link MosquittoBroker}, skipped with a
 * message when it is not installed); each test gets a fresh {@link SystemUnderTest} on it, in its own folder named
 * after the drill. After each test, pass or fail, every process the test started is killed and the broker is
 * restarted if the drill left it dead.
 */
final class Drill implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

    private final String name;
    private final MosquittoBroker broker = new MosquittoBroker();
    private SystemUnderTest system;

    /** A drill whose process folders are {@code target/system-tests/<name>-<millis>/}. */
    Drill(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        broker.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        broker.afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        system = new SystemUnderTest(broker, name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (system != null) { // null when beforeEach failed
                system.close();
            }
        } finally {
            system = null;
            broker.start();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SystemUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system;
    }
}
