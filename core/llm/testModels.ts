import { TransformerSchema, type Transformer } from '../model/transformer';

/** Architectures used by the LLM tests (shapes from the models' papers; the catalog carries the sources). */
export const TEST_MODELS: Record<'gpt3' | 'llama2_70b' | 'llama31_8b' | 'llama31_405b' | 'mixtral', Transformer> = {
  gpt3: TransformerSchema.parse({ layers: 96, hiddenSize: 12288, ffnHiddenSize: 49152, heads: 96, seqLength: 2048, vocabSize: 50257, tiedEmbeddings: true }),
  llama2_70b: TransformerSchema.parse({ layers: 80, hiddenSize: 8192, ffnHiddenSize: 28672, heads: 64, kvHeads: 8, seqLength: 4096, vocabSize: 32000, gatedFfn: true }),
  llama31_8b: TransformerSchema.parse({ layers: 32, hiddenSize: 4096, ffnHiddenSize: 14336, heads: 32, kvHeads: 8, seqLength: 8192, vocabSize: 128256, gatedFfn: true }),
  llama31_405b: TransformerSchema.parse({ layers: 126, hiddenSize: 16384, ffnHiddenSize: 53248, heads: 128, kvHeads: 8, seqLength: 8192, vocabSize: 128256, gatedFfn: true }),
  mixtral: TransformerSchema.parse({ layers: 32, hiddenSize: 4096, ffnHiddenSize: 14336, heads: 32, kvHeads: 8, seqLength: 4096, vocabSize: 32000, gatedFfn: true, experts: 8, topK: 2 }),
};
