import io.seizmon.core.dataset.DatasetEntry;
import io.seizmon.core.dataset.LabelledWindow;
import io.seizmon.core.dataset.Manifests;
import io.seizmon.core.dataset.WindowedFeatures;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.core.model.OnnxSeizureModel;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * One-off cross-architecture check (systemd/README.md, "arm64"): the agent's inference path on a dataset folder,
 * with digests to compare between machines. Reads every entry of DATA through eeg-core (window assembly,
 * periodogram features), scores the windows with {@link OnnxSeizureModel} in batches of 64, and prints the
 * number of windows, SHA-256 digests of the features' and the probabilities' float32 bits, and the first ones;
 * every probability goes to OUT, one a line ({@code %.9g}, enough to round-trip a float).
 *
 * <p>Usage: {@code java -cp model-export.jar:DIR ScoreDigest MODEL.onnx DATA OUT}
 */
public final class ScoreDigest {

    private ScoreDigest() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        ModelMetadata metadata = OnnxSeizureModel.readMetadata(model);
        WindowedFeatures windowed = new WindowedFeatures(metadata.featureSpec(), metadata.hopSeconds());
        MessageDigest featureDigest = MessageDigest.getInstance("SHA-256");
        MessageDigest probabilityDigest = MessageDigest.getInstance("SHA-256");
        StringBuilder first = new StringBuilder();
        int windows = 0;
        try (OnnxSeizureModel scorer = OnnxSeizureModel.load(model, metadata.featureSpec());
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            int bins = metadata.featureSpec().binCount();
            float[] batch = new float[scorer.maxBatch() * bins];
            float[] probabilities = new float[scorer.maxBatch()];
            for (DatasetEntry entry : Manifests.load(Path.of(args[1])).entries()) {
                List<LabelledWindow> list = windowed.extract(entry).windows();
                for (int from = 0; from < list.size(); from += scorer.maxBatch()) {
                    int count = Math.min(scorer.maxBatch(), list.size() - from);
                    for (int r = 0; r < count; r++) {
                        System.arraycopy(list.get(from + r).features(), 0, batch, r * bins, bins);
                    }
                    scorer.score(batch, count, probabilities);
                    update(featureDigest, batch, count * bins);
                    update(probabilityDigest, probabilities, count);
                    for (int r = 0; r < count; r++) {
                        out.printf(java.util.Locale.ROOT, "%.9g%n", probabilities[r]);
                    }
                    for (int r = 0; r < count && windows + r < 4; r++) {
                        first.append(String.format(java.util.Locale.ROOT, " %.9g", probabilities[r]));
                    }
                    windows += count;
                }
            }
        }
        System.out.println("os.arch " + System.getProperty("os.arch") + ", java " + System.getProperty("java.version"));
        System.out.println("model " + metadata.modelId());
        System.out.println("windows " + windows);
        System.out.println("features sha256 " + HexFormat.of().formatHex(featureDigest.digest()));
        System.out.println("probabilities sha256 " + HexFormat.of().formatHex(probabilityDigest.digest()));
        System.out.println("first probabilities" + first);
    }

    private static void update(MessageDigest digest, float[] values, int count) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * count);
        for (int i = 0; i < count; i++) {
            bytes.putInt(Float.floatToRawIntBits(values[i]));
        }
        digest.update(bytes.array());
    }
}
