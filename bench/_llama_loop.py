"""The baseline for the LLM figures: llama.cpp's own loop, through llama-cpp-python's
low-level bindings, with nothing of Hearth in it.

It loads the model with the same parameters Hearth's engine uses (context, batch,
threads, GPU layers), evaluates prompts in `n_batch` slices with `llama_decode`,
and generates with llama.cpp's native sampler chain: sample, check end of
generation, turn the token into its bytes (any app must), decode it. This is the
loop of llama.cpp's `examples/simple`, which is what llama-bench's tg test times
plus sampling and detokenization.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path

import llama_cpp as lib

from app.core.llm.base import SamplingParams

MAX_RUN_S = 3.0  # a timed baseline run stops here (Hearth's runs take well under a second)


class BareLoop:
    def __init__(self, path: Path, n_ctx: int, n_threads: int, n_batch: int,
                 n_gpu_layers: int, flash_attn_type: int = -1) -> None:
        logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)  # as the engine does
        lib.llama_backend_init()
        mparams = lib.llama_model_default_params()
        mparams.n_gpu_layers = n_gpu_layers
        self.model = lib.llama_model_load_from_file(str(path).encode(), mparams)
        if not self.model:
            raise RuntimeError(f"llama.cpp could not load {path}")
        cparams = lib.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = n_batch
        cparams.n_ubatch = n_batch
        cparams.n_threads = n_threads
        cparams.n_threads_batch = n_threads
        cparams.no_perf = True
        cparams.flash_attn_type = flash_attn_type
        self.ctx = lib.llama_init_from_model(self.model, cparams)
        if not self.ctx:
            raise RuntimeError("llama.cpp could not create a context")
        self.vocab = lib.llama_model_get_vocab(self.model)
        self.mem = lib.llama_get_memory(self.ctx)
        self.n_batch = n_batch

    def close(self) -> None:
        lib.llama_free(self.ctx)
        lib.llama_model_free(self.model)

    def reset(self, keep: int = 0, data: bool = True) -> None:
        """Forget the KV cache from position `keep` on (`data`: also zero the buffers)."""
        if keep or not data:
            lib.llama_memory_seq_rm(self.mem, 0, keep, -1)
        else:
            lib.llama_memory_clear(self.mem, True)

    def prefill(self, tokens: list[int]) -> None:
        for i in range(0, len(tokens), self.n_batch):
            part = tokens[i:i + self.n_batch]
            arr = (lib.llama_token * len(part))(*part)
            if lib.llama_decode(self.ctx, lib.llama_batch_get_one(arr, len(part))) != 0:
                raise RuntimeError("llama_decode failed")

    def sampler(self, p: SamplingParams):
        """The same chain as Hearth's engine builds for these parameters."""
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        add = lib.llama_sampler_chain_add
        if p.repeat_penalty and p.repeat_penalty != 1.0:
            n_vocab = lib.llama_vocab_n_tokens(self.vocab)  # this build's signature wants it
            add(chain, lib.llama_sampler_init_penalties(n_vocab, 64, p.repeat_penalty, 0.0, 0.0))
        if p.temperature <= 0:
            add(chain, lib.llama_sampler_init_greedy())
            return chain
        if p.top_k > 0:
            add(chain, lib.llama_sampler_init_top_k(p.top_k))
        if 0 < p.top_p < 1:
            add(chain, lib.llama_sampler_init_top_p(p.top_p, 1))
        if p.min_p > 0:
            add(chain, lib.llama_sampler_init_min_p(p.min_p, 1))
        add(chain, lib.llama_sampler_init_temp(p.temperature))
        add(chain, lib.llama_sampler_init_dist(p.seed if p.seed >= 0 else 0xFFFFFFFF))
        return chain

    def generate(self, params: SamplingParams, first_only: bool = False,
                 max_s: float = 0.0) -> list[int]:
        """Sample up to max_tokens after what is in the cache (and for at most `max_s`
        seconds when given: a collapsed run's rate shows in a second as well as in a
        minute); returns the tokens."""
        import time

        end = time.perf_counter() + max_s if max_s else 0.0
        sampler = self.sampler(params)
        buf = ctypes.create_string_buffer(256)
        one = (lib.llama_token * 1)()
        batch = lib.llama_batch_get_one(one, 1)
        out: list[int] = []
        try:
            while len(out) < params.max_tokens:
                token = lib.llama_sampler_sample(sampler, self.ctx, -1)
                if lib.llama_vocab_is_eog(self.vocab, token):
                    break
                lib.llama_token_to_piece(self.vocab, token, buf, 256, 0, False)
                out.append(token)
                if first_only or (end and time.perf_counter() > end):
                    break
                one[0] = token
                if lib.llama_decode(self.ctx, batch) != 0:
                    raise RuntimeError("llama_decode failed")
        finally:
            lib.llama_sampler_free(sampler)
        return out


class BareProcess:
    """llama.cpp's own decode loop in a child process with llama.cpp's default OpenMP
    settings (whatever the parent's environment says), asked for one timed run at a
    time so runs alternate with Hearth's."""

    def __init__(self, path: Path, n_ctx: int, n_batch: int, max_threads: int, n_gpu: int,
                 flash_attn_type: int, prompt: list[int], params: SamplingParams) -> None:
        import json
        import os
        import subprocess
        import sys

        env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY",
                                                                "GOMP_SPINCOUNT")}
        self._json = json
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench._llama_loop", str(path), str(n_ctx), str(n_batch),
             str(max_threads), str(n_gpu), str(flash_attn_type)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
            cwd=Path(__file__).resolve().parents[1])
        self._ask({"prompt": prompt, "params": params.__dict__})

    def _ask(self, message: dict) -> dict:
        self.proc.stdin.write(self._json.dumps(message) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the baseline process ended")
        return self._json.loads(line)

    def decode(self, threads: int) -> tuple[float, int]:
        """tokens/s and tokens of one run after the cached prompt, with `threads`."""
        reply = self._ask({"threads": threads})
        return reply["tok_s"], reply["tokens"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _serve(argv: list[str]) -> None:
    """The child side of BareProcess: JSON lines in, JSON lines out."""
    import json
    import sys
    import time

    path, n_ctx, n_batch, max_threads, n_gpu, flash = argv
    bare = BareLoop(Path(path), int(n_ctx), int(max_threads), int(n_batch), int(n_gpu),
                    int(flash))
    prompt: list[int] = []
    params = SamplingParams()
    for line in sys.stdin:
        msg = json.loads(line)
        if "prompt" in msg:
            prompt, params = msg["prompt"], SamplingParams(**msg["params"])
            bare.reset()
            bare.prefill(prompt[:-1])
            reply: dict = {"ok": True}
        else:
            lib.llama_set_n_threads(bare.ctx, msg["threads"], int(max_threads))
            bare.reset(keep=len(prompt) - 1)  # as the engine: cached prompt, last token again
            start = time.perf_counter()
            bare.prefill(prompt[-1:])
            out = bare.generate(params, max_s=MAX_RUN_S)
            reply = {"tok_s": len(out) / (time.perf_counter() - start), "tokens": len(out)}
        print(json.dumps(reply), flush=True)
    bare.close()


if __name__ == "__main__":
    import sys

    _serve(sys.argv[1:])
