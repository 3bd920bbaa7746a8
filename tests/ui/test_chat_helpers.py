"""Pure helpers behind the chat page: the before-loading guess of where a model will
run, and one size formatter (trimming history for the meter: tests/core/tasks/
test_chat_work.py)."""

from app.core.models.catalog import Catalog
from app.core.units import human_bytes
from app.ui.model_picker import where_it_runs


def test_where_a_model_runs_before_it_is_loaded(core):
    entry = next(e for e in Catalog(core.db).entries() if e.error is None)
    settings = core.settings.all()
    assert where_it_runs(entry, settings, None, has_gpu=False) == "CPU"
    assert where_it_runs(entry, settings, 80 * 2**30, has_gpu=True) == "GPU"
    assert where_it_runs(entry, settings, 1, has_gpu=True) == "CPU"
    assert where_it_runs(entry, {**settings, "n_gpu_layers": 0}, 80 * 2**30, True) == "CPU"


def test_one_size_formatter_for_picker_pages_and_cli():
    """The model picker, the Models page and the CLI say the same size for one file
    (the picker said 4.4 GB where the Models page said 4.1 GB)."""
    from app.cli import output
    from app.ui import model_widgets

    assert human_bytes(98_000_000) == "93.5 MB"
    assert human_bytes(4_370_000_000) == "4.1 GB"
    assert human_bytes(None) == "?" and human_bytes(0) == "0 B" and human_bytes(512) == "512 B"
    assert output.human_bytes is human_bytes and model_widgets.human is human_bytes


def test_the_picker_and_the_models_page_show_one_size_for_one_file(qtbot, core):
    """On real widgets: the chat page's picker and the Models page's installed list say
    the same size for the bundled model's file."""
    from app.ui.installed_models import InstalledPanel
    from app.ui.model_picker import ModelPicker

    entries = Catalog(core.db).entries()
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.refresh(entries, core.settings.all(), None)
    panel = InstalledPanel(core)
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() == len(entries), timeout=30000)
    entry = next(e for e in entries if e.error is None)
    [row] = [r for r in range(panel.table.rowCount())
             if panel.table.item(r, 0).text() == entry.id]
    on_page = panel.table.item(row, 2).text()
    in_picker = picker.itemText(picker.findData(entry.id)).split("  ·  ")[1]
    assert on_page == in_picker == human_bytes(entry.path.stat().st_size)
