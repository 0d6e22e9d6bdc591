package io.seizmon.modelexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.seizmon.core.feature.FeatureSpec;
import io.seizmon.core.model.OnnxSeizureModel;
import io.seizmon.core.testing.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The train command on the real Bonn data (skipped when absent): a short run through the whole pipeline. The
 * measured results with the full settings are in the module README; this only checks that the pipeline reads all
 * 400 files as 1600 windows, learns something, and exports a model the agent's loader accepts.
 */
class BonnTrainingTest {

    @TempDir
    Path dir;

    @Test
    void shortRunOnBonnLearnsAndExportsAModelForTheBonnFeatureSpec() throws IOException {
        Path bonn = TestData.require("bonn");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ModelExportMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("train", "--data", bonn.toString(), "--out", dir.resolve("bonn.onnx").toString(),
                "--report", dir.toString(), "--folds", "2", "--epochs", "8", "--quiet");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("400 entries, 400 groups -> 1600 windows (320 seizure)");
        String json = Files.readString(dir.resolve("report.json"));
        assertThat(json).contains("\"passed\" : true");
        double auc = Double.parseDouble(json.replaceAll("(?s).*\"mean\" : \\{[^}]*\"auc\" : ([0-9.Ee-]+).*", "$1"));
        assertThat(auc).as("cross-validated AUC after 8 epochs").isGreaterThan(0.9);
        try (OnnxSeizureModel model = OnnxSeizureModel.load(dir.resolve("bonn.onnx"), FeatureSpec.of(173.61, 5))) {
            assertThat(model.metadata().manifestSha256()).hasSize(64);
        }
    }
}
