package io.seizmon.core.model;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import io.seizmon.core.detect.DetectionSpec;
import io.seizmon.core.feature.FeatureSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Writes a small ONNX model for the loader's tests: a logistic regression {@code Gemm(features, W, b)} then
 * {@code Softmax}, so that {@code p(seizure) = 1 / (1 + exp(-(w . x + bias)))} with {@code W[:, 1] = w},
 * {@code W[:, 0] = 0}, {@code b = [0, bias]}.
 */
final class TinyOnnxModel {

    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private TinyOnnxModel() {
    }

    static ModelMetadata metadata(FeatureSpec spec) {
        return new ModelMetadata(SHA, spec, spec.windowSeconds(), DetectionSpec.DEFAULTS.withThreshold(0.7),
                "logistic", SHA, "{\"auc\":0.5}", Instant.parse("2025-01-02T03:04:05Z"), "test");
    }

    /** Writes the model with {@code properties} as metadata and an input of {@code columns} features. */
    static Path write(Path file, float[] w, float bias, int columns, Map<String, String> properties)
            throws IOException {
        float[] weights = new float[w.length * 2];
        for (int i = 0; i < w.length; i++) {
            weights[2 * i + 1] = w[i];
        }
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("tiny")
                .addInitializer(tensor("W", weights, w.length, 2))
                .addInitializer(tensor("b", new float[] {0, bias}, 2))
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("Gemm").addInput(ModelMetadata.INPUT_NAME)
                        .addInput("W").addInput("b").addOutput("logits"))
                .addNode(OnnxMl.NodeProto.newBuilder().setOpType("Softmax").addInput("logits")
                        .addOutput(ModelMetadata.OUTPUT_NAME).addAttribute(OnnxMl.AttributeProto.newBuilder()
                                .setName("axis").setType(OnnxMl.AttributeProto.AttributeType.INT).setI(1)))
                .addInput(value(ModelMetadata.INPUT_NAME, columns))
                .addOutput(value(ModelMetadata.OUTPUT_NAME, 2))
                .build();
        OnnxMl.ModelProto.Builder model = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setGraph(graph)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(17));
        properties.forEach((k, v) -> model.addMetadataProps(
                OnnxMl.StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
        return Files.write(file, model.build().toByteArray());
    }

    private static OnnxMl.TensorProto tensor(String name, float[] values, long... dims) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(bytes));
        for (long d : dims) {
            t.addDims(d);
        }
        return t.build();
    }

    private static OnnxMl.ValueInfoProto value(String name, int columns) {
        OnnxMl.TensorShapeProto shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(columns)).build();
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }
}
