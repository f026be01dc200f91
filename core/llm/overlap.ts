/**
 * How much of the data-parallel and pipeline communication a current (2023+) Megatron-Core / NeMo stack hides
 * behind compute. Source: NeMo Framework user guide, "Communication Overlap": the distributed optimizer's
 * gradient reduce-scatter and parameter all-gather are chunked by transformer layer (by the layers of a
 * virtual pipeline stage under pipelining) and each chunk overlaps computation, so only one chunk is exposed
 * (overlap_grad_sync, overlap_param_sync); pipeline sends and receives overlap the 1F1B steady state with
 * virtual pipelining (overlap_p2p_comm), those of the pipeline fill and flush stay exposed.
 */

/**
 * Chunks a GPU's data-parallel communication is split into: its virtual stages when interleaved, else its
 * layers (Megatron-Core buckets of about a layer's gradients, launched as the last micro-batch's backward fills them).
 */
export function dataParallelChunks(layersPerGpu: number, pipeline: number, interleave: number): number {
  return Math.max(1, pipeline > 1 && interleave > 1 ? interleave : layersPerGpu);
}

/**
 * Micro-batch passes that run while the chunks' collectives are in flight (all chunks but the last to finish).
 * A chunk's gradients are final after the last micro-batch's backward through it: without interleaving that is
 * the last micro-batch's backward through the layers below; interleaved, the flush runs the last min(m, p)
 * micro-batches through the chunks in turn (Narayanan et al. 2021, interleaved 1F1B). The next step's parameter
 * all-gather mirrors it in the warm-up forwards.
 */
export function overlapPasses(microBatchCount: number, pipeline: number, interleave: number, chunks: number): number {
  const flush = pipeline > 1 && interleave > 1 ? Math.min(microBatchCount, pipeline) : 1;
  return (flush * (chunks - 1)) / chunks;
}

/**
 * Seconds of a chunked collective hidden behind `windowSeconds` of compute: every chunk but one, as far as
 * the window (the passes through the other chunks) lasts.
 */
export function hiddenChunkedSeconds(seconds: number, chunks: number, windowSeconds: number): number {
  return Math.max(0, Math.min((seconds * (chunks - 1)) / chunks, windowSeconds));
}

/**
 * Share of the pipeline transfers exposed when sends and receives overlap the 1F1B steady state: the warm-up
 * forwards of the first stage, (p - 1) 2 + (v - 1) p chunk passes of its m v (Megatron-Core's interleaved
 * schedule, get_num_warmup_microbatches), and as many backward passes in the flush.
 */
export function exposedPipelineShare(pipeline: number, microBatchCount: number, interleave: number): number {
  const warmup = (pipeline - 1) * 2 + (interleave - 1) * pipeline;
  return Math.min(1, warmup / (microBatchCount * interleave));
}
