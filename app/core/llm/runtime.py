"""Which model is loaded, and who may use it: the one owner of the loaded engine.

Callers get the engine only through `use()`, which holds the model lane (see
`lane.py`) for as long as they work with it; models are loaded, switched and
unloaded only under the lane, so a file job on one model and a chat turn on
another take turns instead of unloading the model under each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.core.config import Settings
from app.core.control import JobControl, Progress, ProgressCallback, no_progress
from app.core.llm.base import ChatModel, Generation, SamplingParams
from app.core.llm.lane import ModelLane
from app.core.messages import Msg
from app.core.models.catalog import Catalog
from app.core.models.remotes import Remotes

LOAD_KEYS = ("n_ctx", "n_threads", "n_gpu_layers")
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty", "max_tokens", "seed")
WAITING = Msg("Waiting for the model (another job is using it)…")


class Runtime:
    def __init__(self, catalog: Catalog, settings: Settings,
                 remotes: Remotes | None = None) -> None:
        self.catalog = catalog
        self.settings = settings
        self.remotes = remotes or Remotes(settings)
        self.lane = ModelLane()
        self._engine: ChatModel | None = None
        self._key: tuple | None = None
        self._asked: str | None = None  # the id (or .gguf path) the engine was loaded for
        self.loads = 0  # how many times a model was loaded (tests and notes use it)
        self.unsubscribe = settings.subscribe(self._settings_changed)

    def _settings_changed(self, changed: dict) -> None:
        """New load settings (context length, threads, GPU layers): free the model now if
        no one uses it, so its memory goes at once; the next use loads it with them (a
        user holding it keeps it until done: the key check in `use` reloads it then)."""
        if set(changed) & set(LOAD_KEYS) and self.lane.acquire(blocking=False):
            try:
                self._unload_locked()
            finally:
                self.lane.release()

    def effective(self, model_id: str) -> dict:
        """Global settings overlaid with the model's own overrides."""
        values = self.settings.all()
        if self.remotes.is_remote(model_id):
            values.update(self.remotes.model_settings(model_id))
        else:
            values.update(self.catalog.model_settings(model_id))
        return values

    def sampling(self, model_id: str, **overrides) -> SamplingParams:
        values = self.effective(model_id)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return SamplingParams.from_settings(values)

    def default_id(self) -> str:
        """The default chat model: a remote one when the user chose it, else the catalog's."""
        wanted = self.settings.get("default_model") or ""
        if self.remotes.is_remote(wanted):
            return wanted
        return self.catalog.default_id(self.settings)

    def resolve(self, model_id: str | None) -> str:
        """`model_id` (an id, a remote NAME/<model> or a .gguf path) as given, or the
        default model's id."""
        return model_id or self.default_id()

    @contextmanager
    def use(self, model_id: str | None = None, control: JobControl | None = None,
            progress: ProgressCallback = no_progress) -> Iterator[ChatModel]:
        """Hold the model lane with `model_id` (default model when None) loaded.

        Waits its turn (reporting that it waits; a cancel stops the wait), loads
        or switches the model if needed, and keeps it loaded until the block ends.
        A remote model (NAME/<model>) needs no lane: it runs on its server and leaves
        the local model loaded.
        """
        model_id = self.resolve(model_id)
        if self.remotes.is_remote(model_id):
            yield self.remotes.model(model_id)
            return
        with self.lane.hold(control, lambda: progress(Progress(message=WAITING))):
            yield self._engine_locked(model_id, progress)

    def engine(self, model_id: str | None = None) -> ChatModel:
        """The model for `model_id`, loaded if needed, WITHOUT holding the lane: for a
        remote model, or a caller alone with the runtime (a test, a benchmark). Anything
        that runs beside chat turns or jobs uses `use()`, or the model may be switched
        (and freed) under it."""
        with self.use(model_id) as model:
            return model

    def preload(self, model_id: str | None = None,
                progress: ProgressCallback = no_progress) -> ChatModel | None:
        """Load `model_id` now if the lane is free, so that a first reply starts quickly.
        Returns None, loading nothing, while another user holds the lane: a guess
        about the next turn must not evict the model a running job works with."""
        model_id = self.resolve(model_id)
        if self.remotes.is_remote(model_id):
            return self.remotes.model(model_id)
        if not self.lane.acquire(blocking=False):
            return None
        try:
            return self._engine_locked(model_id, progress)
        finally:
            self.lane.release()

    def shared(self, model_id: str | None = None,
               control: JobControl | None = None) -> ChatModel:
        """A ChatModel for long jobs that takes the lane for each call only (see
        `SharedModel`), so that chat turns can run between a job's chunks."""
        model_id = self.resolve(model_id)
        if self.remotes.is_remote(model_id):
            return self.remotes.model(model_id)  # its server takes turns, not our lane
        return SharedModel(self, model_id, control)

    def _engine_locked(self, model_id: str | None,
                       progress: ProgressCallback = no_progress) -> ChatModel:
        from app.core.llm.engine import Engine, LoadOptions  # lazy: loads llama.cpp

        model_id = self.resolve(model_id)
        if self._engine is not None and model_id == self._asked:
            # the usual case, once per model call of a job: no catalog scan (it reads
            # every model's GGUF header), only the load settings are compared
            values = self.effective(self._engine.model_id)
            if self._key[2:] == tuple(values[k] for k in LOAD_KEYS):
                return self._engine
        entry = self.catalog.get(model_id)
        values = self.effective(entry.id)
        key = (entry.id, str(entry.path), *(values[k] for k in LOAD_KEYS))
        if self._engine is not None and self._key == key:
            self._asked = model_id
            return self._engine
        self._unload_locked()
        progress(Progress(message=Msg("Loading {id}…", id=entry.id)))
        options = LoadOptions(n_ctx=int(values["n_ctx"]), n_threads=int(values["n_threads"]),
                              n_gpu_layers=values["n_gpu_layers"])
        self._engine = Engine(entry.path, entry.id, options)
        self._key, self._asked = key, model_id
        self.loads += 1
        return self._engine

    @property
    def loaded(self) -> ChatModel | None:
        """The loaded engine, to read its id and device; use it only inside `use()`."""
        return self._engine

    def _unload_locked(self) -> None:
        if self._engine is not None:
            close = getattr(self._engine, "close", None)
            if close:
                close()
            self._engine = None
            self._key = self._asked = None

    def unload(self, timeout: float | None = None) -> bool:
        """Free the loaded model once its current user is done with it; False (freeing
        nothing) when that user did not finish within `timeout` seconds."""
        self.remotes.close()
        if not self.lane.acquire(timeout=timeout):
            return False
        try:
            self._unload_locked()
        finally:
            self.lane.release()
        return True


class SharedModel:
    """The model of a long job (summarize, translate): every call holds the model
    lane for itself, so a chat turn can run between two chunks; if that turn
    switched models, the next call loads this job's model again."""

    def __init__(self, runtime: Runtime, model_id: str, control: JobControl | None) -> None:
        self.runtime = runtime
        self.control = control
        self._asked = model_id  # an id or a .gguf path
        with runtime.use(model_id, control) as engine:
            self.model_id = engine.model_id
            self.n_ctx = engine.n_ctx
            self.device = engine.device

    def _use(self):
        return self.runtime.use(self._asked, self.control)

    def render(self, messages: list[dict[str, str]], add_generation_prompt: bool = True,
               **variables: object) -> str:
        with self._use() as engine:
            return engine.render(messages, add_generation_prompt, **variables)

    def tokenize(self, text: str) -> list[int]:
        with self._use() as engine:
            return engine.tokenize(text)

    def generate(self, tokens: list[int], params: SamplingParams,
                 control: JobControl | None = None) -> Generation:
        outer = Generation(iter(()))
        outer._pieces = self._stream(tokens, params, control, outer)
        return outer

    def _stream(self, tokens: list[int], params: SamplingParams, control: JobControl | None,
                outer: Generation) -> Iterator[str]:
        # the lane is held from the first piece asked for until the reply ends
        with self._use() as engine:
            inner = engine.generate(tokens, params, control)
            try:
                yield from inner
            finally:
                outer.stats = inner.stats
