package io.seizmon.simulator.broker;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seizmon simulate broker}: runs the {@link DemoBroker} until the process is stopped (Ctrl-C, SIGTERM).
 *
 * <p>Prints one line {@code broker listening on tcp://HOST:PORT} on standard output once clients can connect, so a
 * script can wait for it. Exit status: 0 after a stop signal, 1 when the port cannot be bound, 2 bad arguments.
 */
@Command(name = "broker", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an embedded MQTT broker on loopback for the demo (anonymous, in memory). "
                + "Not for tests or production: use Mosquitto with config/mosquitto.conf.")
public final class BrokerCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_RUNTIME = 1;

    @Spec
    private CommandSpec command;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DemoBroker.DEFAULT_PORT,
            description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    private int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        DemoBroker broker;
        try {
            broker = DemoBroker.start(DemoBroker.DEFAULT_HOST, port);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("broker: " + e.getMessage());
            return EXIT_RUNTIME;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "broker-shutdown"));
        out.println("broker listening on " + broker.url());
        out.flush();
        stopped.await();
        return EXIT_OK;
    }
}
