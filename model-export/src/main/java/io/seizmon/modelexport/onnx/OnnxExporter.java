package io.seizmon.modelexport.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;
import io.seizmon.core.model.ModelMetadata;
import io.seizmon.modelexport.train.Mlp;
import io.seizmon.modelexport.train.SeizureClassifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SeizureClassifier} as an ONNX model (opset {@value #OPSET}, IR version {@value #IR_VERSION}) with
 * the ONNX protobuf classes bundled in tribuo-util-onnx.
 *
 * <p>The graph ({@code docs/model-format.md}): {@code features} float32 {@code [N, bins]} →
 * {@code Sub(mean)} → {@code Div(scale)} → per network {@code Gemm(W_l, b_l)} with {@code Relu} between layers and
 * {@code Softmax(axis=1)} at the end. A single network's softmax is the output {@code probabilities}
 * {@code [N, 2]}. The dual method combines the two softmax outputs element-wise by its
 * {@link io.seizmon.modelexport.train.DualRule} ({@code Min} for the method's rule, node {@code both}; {@code Mul}
 * for the product, node {@code product}) and maps the result {@code P} to {@code [1 − P[:,1], P[:,1]]} with
 * {@code Gemm(P, [[0, 0], [−1, 1]], [1, 0])}.
 * An ensemble of {@code K} members builds each member's output so (node names prefixed {@code member<k>_}) and
 * averages them element-wise with {@code Mean} into {@code probabilities}; one member's graph has no prefix and no
 * {@code Mean}. {@code W_l} is stored {@code [inputs, outputs]} (Gemm without transposition), all constants float32.
 */
public final class OnnxExporter {

    /** The ONNX operator set: Gemm, Relu, Softmax (axis semantics of opset 13+), Sub, Div, Min, Mul, Mean. */
    public static final int OPSET = 17;
    /** The IR version that goes with opset 17. */
    public static final long IR_VERSION = 8;
    /** Producer name written to the model. */
    public static final String PRODUCER = "seizmon model-export";

    private OnnxExporter() {
    }

    /** Builds the graph of {@code classifier}. */
    public static OnnxMl.GraphProto graph(SeizureClassifier classifier) {
        int bins = classifier.first().shape().inputs();
        GraphBuilder g = new GraphBuilder("seizmon_classifier");
        g.input(ModelMetadata.INPUT_NAME, bins);
        g.constant("mean", classifier.standardisation().mean(), bins);
        g.constant("scale", classifier.standardisation().scale(), bins);
        g.node("Sub", "centred", ModelMetadata.INPUT_NAME, "mean");
        g.node("Div", "standardised", "centred", "scale");
        List<SeizureClassifier.Member> members = classifier.members();
        if (members.size() == 1) {
            member(g, "", members.get(0), ModelMetadata.OUTPUT_NAME, true);
        } else {
            String[] outputs = new String[members.size()];
            for (int m = 0; m < members.size(); m++) {
                outputs[m] = "member" + m + "_probabilities";
                member(g, "member" + m + "_", members.get(m), outputs[m], m == 0);
            }
            g.node("Mean", ModelMetadata.OUTPUT_NAME, outputs);
        }
        g.output(ModelMetadata.OUTPUT_NAME, 2);
        return g.build();
    }

    /** The model id: lower-case hex SHA-256 of the serialised graph. */
    public static String modelId(OnnxMl.GraphProto graph) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(graph.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The serialised model: {@code graph} with {@code metadata} as {@code metadata_props}. */
    public static byte[] model(OnnxMl.GraphProto graph, ModelMetadata metadata) {
        if (!metadata.modelId().equals(modelId(graph))) {
            throw new IllegalArgumentException("metadata.modelId: " + metadata.modelId() + " (expected: "
                    + modelId(graph) + ", the graph's SHA-256)");
        }
        OnnxMl.ModelProto.Builder model = OnnxMl.ModelProto.newBuilder().setIrVersion(IR_VERSION)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName(PRODUCER).setProducerVersion(metadata.toolVersion()).setDomain("io.seizmon")
                .setDocString("seizmon seizure classifier: " + metadata.architecture()
                        + "; see docs/model-format.md").setGraph(graph);
        for (Map.Entry<String, String> e : metadata.toProperties().entrySet()) {
            model.addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder().setKey(e.getKey())
                    .setValue(e.getValue()));
        }
        return model.build().toByteArray();
    }

    /**
     * One member's nodes, names prefixed with {@code prefix}, its {@code [N, 2]} probabilities in {@code output}; the
     * first dual member also adds the shared combination constants.
     */
    private static void member(GraphBuilder g, String prefix, SeizureClassifier.Member member, String output,
                               boolean firstMember) {
        if (member.second() == null) {
            network(g, prefix + "first", member.first(), output);
            return;
        }
        network(g, prefix + "first", member.first(), prefix + "first_probabilities");
        network(g, prefix + "second", member.second(), prefix + "second_probabilities");
        String combined = prefix + member.rule().nodeName();
        g.node(member.rule().onnxOperator(), combined, prefix + "first_probabilities",
                prefix + "second_probabilities");
        if (firstMember) {
            g.constant("combine_weights", new float[] {0, 0, -1, 1}, 2, 2);
            g.constant("combine_bias", new float[] {1, 0}, 2);
        }
        g.node("Gemm", output, combined, "combine_weights", "combine_bias");
    }

    private static void network(GraphBuilder g, String prefix, Mlp net, String output) {
        String x = "standardised";
        int layers = net.shape().layerCount();
        for (int l = 0; l < layers; l++) {
            int a = net.shape().size(l);
            int b = net.shape().size(l + 1);
            float[] w = new float[a * b];
            float[] bias = new float[b];
            for (int i = 0; i < a; i++) {
                for (int j = 0; j < b; j++) {
                    w[i * b + j] = (float) net.weight(l, i, j);
                }
            }
            for (int j = 0; j < b; j++) {
                bias[j] = (float) net.bias(l, j);
            }
            String name = prefix + "_" + l;
            g.constant(name + "_weights", w, a, b);
            g.constant(name + "_bias", bias, b);
            g.node("Gemm", name + "_linear", x, name + "_weights", name + "_bias");
            x = name + "_linear";
            if (l < layers - 1) {
                g.node("Relu", name + "_relu", x);
                x = name + "_relu";
            }
        }
        g.softmax(x, output);
    }

    /** Accumulates nodes, initialisers, input and output of one graph. */
    private static final class GraphBuilder {

        private final OnnxMl.GraphProto.Builder graph;

        GraphBuilder(String name) {
            this.graph = OnnxMl.GraphProto.newBuilder().setName(name);
        }

        void node(String op, String output, String... inputs) {
            OnnxMl.NodeProto.Builder node = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(output)
                    .addOutput(output);
            for (String input : inputs) {
                node.addInput(input);
            }
            graph.addNode(node);
        }

        void softmax(String input, String output) {
            graph.addNode(OnnxMl.NodeProto.newBuilder().setOpType("Softmax").setName(output).addInput(input)
                    .addOutput(output).addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axis")
                            .setType(OnnxMl.AttributeProto.AttributeType.INT).setI(1)));
        }

        void constant(String name, float[] values, long... dims) {
            ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(values);
            OnnxMl.TensorProto.Builder tensor = OnnxMl.TensorProto.newBuilder().setName(name)
                    .setDataType(OnnxMl.TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(bytes));
            for (long d : dims) {
                tensor.addDims(d);
            }
            graph.addInitializer(tensor);
        }

        void input(String name, int columns) {
            graph.addInput(value(name, columns));
        }

        void output(String name, int columns) {
            graph.addOutput(value(name, columns));
        }

        OnnxMl.GraphProto build() {
            return graph.build();
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
}
