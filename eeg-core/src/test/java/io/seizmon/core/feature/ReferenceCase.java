package io.seizmon.core.feature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One case of {@code feature/reference.txt}, written by {@code make_reference.py} (scipy) beside it. */
record ReferenceCase(String name, double sampleRateHz, double windowSeconds, List<SignalComponent> components,
                     double inputSum, double inputSumSquares, double totalPower, double[] bandPowers,
                     double[] features) {

    static final String RESOURCE = "/feature/reference.txt";

    /** Regenerates the case's input signal. */
    double[] input(FeatureSpec spec) {
        return SignalComponent.render(sampleRateHz, spec.windowSamples(), components.toArray(SignalComponent[]::new));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Reads every case of the reference file. */
    static List<ReferenceCase> load() {
        try (InputStream in = ReferenceCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ReferenceCase> cases = new ArrayList<>();
            Builder builder = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.split(" ");
                if (t[0].equals("case")) {
                    builder = new Builder(t[1]);
                } else if (t[0].equals("end")) {
                    cases.add(builder.build());
                } else {
                    builder.accept(t);
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    private static final class Builder {
        private final String name;
        private final List<SignalComponent> components = new ArrayList<>();
        private double sampleRateHz;
        private double windowSeconds;
        private double inputSum;
        private double inputSumSquares;
        private double totalPower;
        private double[] bandPowers;
        private double[] features;

        Builder(String name) {
            this.name = name;
        }

        void accept(String[] t) {
            double[] values = Arrays.stream(t, t[0].equals("component") ? 2 : 1, t.length)
                    .mapToDouble(Double::parseDouble).toArray();
            switch (t[0]) {
                case "sampleRateHz" -> sampleRateHz = values[0];
                case "windowSeconds" -> windowSeconds = values[0];
                case "component" -> components.add(new SignalComponent(t[1], values));
                case "inputSum" -> inputSum = values[0];
                case "inputSumSquares" -> inputSumSquares = values[0];
                case "totalPower" -> totalPower = values[0];
                case "bandPowers" -> bandPowers = values;
                case "features" -> features = values;
                default -> throw new IllegalStateException(RESOURCE + ": unknown key " + t[0] + " in case " + name);
            }
        }

        ReferenceCase build() {
            return new ReferenceCase(name, sampleRateHz, windowSeconds, List.copyOf(components), inputSum,
                    inputSumSquares, totalPower, bandPowers, features);
        }
    }
}
