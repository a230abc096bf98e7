# Sourced by the benchmarks: reads seconds, one per line, and prints n, mean, p50, p95 and max in ms.
stats() {
  sort -n | awk '{ v[NR] = $1 * 1000; s += v[NR] } END {
    p50 = v[int(NR * 0.50 + 0.5)]; p95 = v[int(NR * 0.95 + 0.5)];
    printf "n=%d mean=%.1f ms p50=%.1f ms p95=%.1f ms max=%.1f ms\n", NR, s / NR, p50, p95, v[NR] }'
}
