// Rough one-off wall-clock cost of the metrics (not a benchmark: speed goals belong to JMH in benchmarks/).
// Run from the repository root after building: see model-export/README.md.
import io.seizmon.modelexport.metrics.*;
import io.seizmon.core.dataset.SeizureInterval;
var r = new java.util.Random(1);
int n = 1_000_000;
double[] s = new double[n]; boolean[] l = new boolean[n];
for (int i = 0; i < n; i++) { l[i] = r.nextInt(10) == 0; s[i] = Math.min(1, Math.max(0, (l[i] ? 0.65 : 0.25) + 0.15 * r.nextGaussian())); }
for (int k = 0; k < 3; k++) { long t0 = System.nanoTime(); var m = WindowMetrics.of(s, l, 0.5); long t1 = System.nanoTime(); System.out.printf("WindowMetrics.of 1e6 windows: %.0f ms (AUC %.4f)%n", (t1 - t0) / 1e6, m.auc()); }
var refs = new java.util.ArrayList<SeizureInterval>(); var hyps = new java.util.ArrayList<HypothesisEvent>();
for (int i = 0; i < 100; i++) refs.add(new SeizureInterval(i * 864.0, i * 864.0 + 60));
for (int i = 0; i < 1000; i++) hyps.add(HypothesisEvent.of(i * 86.4 + 10, i * 86.4 + 30));
var sc = new EventScoring(EventScoringSpec.SZCORE);
for (int k = 0; k < 3; k++) { long t0 = System.nanoTime(); var e = sc.score(refs, hyps, 86400); long t1 = System.nanoTime(); System.out.printf("EventScoring 24 h, 100 seizures, 1000 detections: %.1f ms (tp %d fp %d)%n", (t1 - t0) / 1e6, e.truePositives(), e.falsePositives()); }
/exit
