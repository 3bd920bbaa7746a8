"""Pure helpers behind the chat page: trimming history for the context meter, and
the before-loading guess of where a model will run."""

from app.core.models.catalog import Catalog
from app.ui.chat_jobs import recent_turns
from app.ui.model_picker import human_size, where_it_runs


def _history(n_turns: int, size: int) -> list[dict[str, str]]:
    out = []
    for _ in range(n_turns):
        out += [{"role": "user", "content": "q" * size},
                {"role": "assistant", "content": "a" * size}]
    return out


def test_recent_turns_keeps_whole_newest_turns_and_counts_the_rest():
    history = _history(10, 100)  # 200 characters per turn
    kept, skipped = recent_turns(history, 450)
    assert skipped == 8 and len(kept) == 4
    assert kept[0]["role"] == "user"  # starts at a turn boundary
    assert recent_turns(history, 10_000) == (history, 0)


def test_where_a_model_runs_before_it_is_loaded(core):
    entry = next(e for e in Catalog(core.db).entries() if e.error is None)
    settings = core.settings.all()
    assert where_it_runs(entry, settings, None, has_gpu=False) == "CPU"
    assert where_it_runs(entry, settings, 80 * 2**30, has_gpu=True) == "GPU"
    assert where_it_runs(entry, settings, 1, has_gpu=True) == "CPU"
    assert where_it_runs(entry, {**settings, "n_gpu_layers": 0}, 80 * 2**30, True) == "CPU"


def test_human_size():
    assert human_size(98_000_000) == "98 MB"
    assert human_size(4_370_000_000) == "4.4 GB"
