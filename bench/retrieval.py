"""Vector retrieval at 100k and 1M synthetic 384-d vectors: one-query latency p50/p95
and recall@10 against exact search (the baseline: brute force over the same vectors).

The vectors are unit-length points around 2,000 random centres, the shape sentence
embeddings have (neighbours are close, most of the space is empty); uniform noise
would be a harder, unrealistic case for any approximate index. Queries are new
points from the same distribution, sent one at a time as the app sends them.
"""

from __future__ import annotations

import time

import numpy as np

from app.core import hardware
from bench.common import median, na, percentile, row, say

DIM = 384
K = 10


def synthetic(n: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    out = np.empty((n, DIM), dtype=np.float32)
    step = 100_000
    for i in range(0, n, step):  # in slices, so the noise never doubles peak memory
        m = min(step, n - i)
        pick = rng.integers(0, len(centres), m)
        part = centres[pick] + 1.0 * rng.standard_normal((m, DIM), dtype=np.float32)
        part /= np.linalg.norm(part, axis=1, keepdims=True)
        out[i:i + m] = part
    return out


def hearth_index(vectors: np.ndarray):
    """The index the app builds for this many vectors (VectorIndex.rebuild: IVF above
    its threshold), fed in batches as the indexer feeds it from the chunk table."""
    from app.core.docs.index import VectorIndex

    index = VectorIndex(None, DIM)
    step = 50_000
    batches = ((np.arange(i, min(i + step, len(vectors)), dtype=np.int64), vectors[i:i + step])
               for i in range(0, len(vectors), step))
    index.rebuild(batches, len(vectors))
    return index


def query_times(index, queries: np.ndarray) -> tuple[list[float], np.ndarray]:
    for q in queries[:3]:  # warm caches
        index.search(q[None, :], K)
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        _, ids = index.search(q[None, :], K)
        times.append(time.perf_counter() - start)
        found.append(ids[0])
    return times, np.array(found)


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]))


def bench_size(n: int, n_queries: int, gpu: bool, quick: bool) -> list[dict]:
    import faiss

    rng = np.random.default_rng(n)
    centres = rng.standard_normal((2000, DIM), dtype=np.float32)
    vectors = synthetic(n, rng, centres)
    queries = synthetic(n_queries, rng, centres)
    start = time.perf_counter()
    index = hearth_index(vectors)
    build_s = time.perf_counter() - start
    ivf = index._ivf()
    which = (f"Hearth's VectorIndex ({index.kind}"
             + (f", nlist {ivf.nlist}, nprobe {ivf.nprobe})" if ivf is not None else ")"))
    exact = faiss.IndexFlatIP(DIM)
    exact.add(vectors)
    label = "GPU" if gpu else "CPU"
    if gpu:  # VectorIndex moves itself to the GPU when one is there; so does the baseline
        exact = faiss.index_cpu_to_gpu(faiss.StandardGpuResources(), 0, exact)
    times, found = query_times(index, queries)
    _, truth = exact.search(queries, K)  # all queries at once: one matrix product
    n_exact = 10 if quick else 50  # exact single queries are slow at 1M: time a few
    exact_times, _ = query_times(exact, queries[:n_exact])
    del exact, vectors
    r = recall(found, truth)
    size = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
    note = (f"{which}; built in {build_s:.1f} s; {n_queries} single queries; "
            f"baseline: exact search, {len(exact_times)} single queries")
    return [
        row(f"retrieval p50 @{size} [{label}]", median(times) * 1000, "ms",
            baseline=median(exact_times) * 1000, note="baseline: exact search p50"),
        row(f"retrieval p95 @{size} [{label}]", percentile(times, 95) * 1000, "ms",
            baseline=percentile(exact_times, 95) * 1000,
            target="<= 50 ms" if n >= 1_000_000 else "", note=note),
        row(f"retrieval recall@10 @{size} [{label}]", r, "", target=">= 0.95",
            note="against exact inner-product search over the same vectors"),
    ]


def run(quick: bool) -> list[dict]:
    try:
        import faiss
    except ImportError:
        return [na("retrieval p95 @1M", "faiss is not installed", "ms", "<= 50 ms")]
    faiss.omp_set_num_threads(hardware.physical_cores())
    from app.core.docs.index import gpu_available

    gpu = gpu_available()
    n_queries = 100 if quick else 1000
    rows: list[dict] = []
    for n in (100_000, 1_000_000):
        say(f"{n:,} vectors")
        rows += bench_size(n, n_queries, gpu, quick)
    if not gpu:
        rows.append(na("retrieval p95 @1M [GPU]", "no GPU FAISS here (faiss-gpu-cu12 and a GPU)",
                       "ms", "<= 50 ms"))
    return rows
