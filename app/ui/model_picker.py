"""The installed models, with size and where each would run (GPU or CPU)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

from app.core import hardware
from app.core.llm.engine import plan_gpu_layers
from app.core.models.catalog import ModelEntry
from app.core.units import human_bytes
from app.ui.core_text import say
from app.ui.i18n import translate

TIP = Qt.ItemDataRole.ToolTipRole
SEP = "  ·  "
TIGHT_SEP = " · "


def where_it_runs(entry: ModelEntry, settings: dict, free_vram: int | None,
                  has_gpu: bool) -> str:
    """An estimate before loading; the loaded engine reports the real device."""
    if entry.source == "remote":
        return translate("ModelPicker", "on {server}").format(server=entry.repo)
    if not has_gpu or entry.info is None:
        return "CPU"
    layers = plan_gpu_layers(entry.info, int(settings.get("n_ctx", 4096)),
                             settings.get("n_gpu_layers", "auto"), True, free_vram)
    if layers <= 0:
        return "CPU"
    return "GPU" if layers > entry.info.block_count else "GPU+CPU"


class ModelPicker(QComboBox):
    """Pick the model for the open conversation; emits the chosen id."""

    model_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model"))
        self.setToolTip(self.tr("The model that answers in this conversation"))
        self.setMinimumContentsLength(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._loaded: dict[str, str] = {}  # model id -> device reported after loading
        self._preferred = 0
        self.activated.connect(lambda i: self.model_chosen.emit(self.itemData(i) or ""))

    def refresh(self, entries: list[ModelEntry], settings: dict, current: str | None) -> None:
        gpus = hardware.gpus()
        free = max((g.free_bytes for g in gpus), default=None)
        self.blockSignals(True)
        self.clear()
        for entry in entries:
            device = self._loaded.get(entry.id) or where_it_runs(entry, settings, free, bool(gpus))
            size = self.tr("remote") if entry.source == "remote" else human_bytes(entry.size)
            label = SEP.join((entry.id, size, device))
            self.addItem(label, entry.id)
            i = self.count() - 1
            if entry.error:
                self.setItemText(i, entry.id + SEP + self.tr("unusable"))
                self.setItemData(i, self.tr("Cannot be used: {error}").format(
                    error=say(entry.error)), TIP)
                model = self.model()
                if isinstance(model, QStandardItemModel):
                    model.item(i).setEnabled(False)
            else:
                where = str(entry.path)
                self.setItemData(i, f"{entry.id}\n{where}\n" + self.tr("runs on: {device}").format(
                    device=device), TIP)
        self.select(current)
        self._fit_width()
        self.blockSignals(False)

    def _fit_width(self) -> None:
        """Prefer the longest entry's width (size, device); shrink when the window is
        narrow rather than push the other controls out of sight, never below the name."""
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=fm.horizontalAdvance("x" * 20))
        self._preferred = min(widest + 48, fm.horizontalAdvance("x" * 60))
        # room for the model's whole name (shown_text shortens it only to keep the size
        # and device), and the open list shows every entry in full
        name = max((fm.horizontalAdvance(str(self.itemData(i) or "")) for i in
                    range(self.count())), default=fm.horizontalAdvance("x" * 16))
        self.setMinimumWidth(min(name + 56, fm.horizontalAdvance("x" * 48)))
        self.view().setMinimumWidth(widest + 32)
        self.updateGeometry()

    def shown_text(self, width: int) -> str:
        """The current entry as it fits `width` pixels: in full; else with tighter
        separators; else with the name's middle cut, as long as half the name stays
        (at the default 1100 px window, English cut the size and device); in a narrower
        window the name alone, whole as the minimum width allows (the list has the rest)."""
        text, name = self.currentText(), str(self.currentData() or "")
        fm = self.fontMetrics()
        if fm.horizontalAdvance(text) <= width:
            return text
        if not name or not text.startswith(name + SEP):
            return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        tail = TIGHT_SEP + TIGHT_SEP.join(text[len(name + SEP):].split(SEP))
        room = width - fm.horizontalAdvance(tail)
        if fm.horizontalAdvance(name) <= room:
            return name + tail
        if 2 * room >= fm.horizontalAdvance(name):
            return fm.elidedText(name, Qt.TextElideMode.ElideMiddle, room) + tail
        return fm.elidedText(name, Qt.TextElideMode.ElideRight, width)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:  # noqa: N802 - Qt API
        """What paintEvent draws: the current text shortened to its field (Qt clips it)."""
        super().initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        if not option.currentIcon.isNull():
            field.setLeft(field.left() + option.iconSize.width() + 4)
        # the label is drawn a pixel in from each side of the field
        option.currentText = self.shown_text(field.width() - 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._preferred), hint.height())

    def select(self, model_id: str | None) -> None:
        i = self.findData(model_id) if model_id else -1
        if i >= 0:
            self.setCurrentIndex(i)

    def current_id(self) -> str:
        return self.currentData() or ""

    def set_loaded(self, model_id: str, device: str) -> None:
        """Record where a loaded model really runs and show it."""
        self._loaded = {model_id: device}
        i = self.findData(model_id)
        if i >= 0:
            text = self.itemText(i).rsplit("·", 1)[0].rstrip()
            self.setItemText(i, text + SEP + device)
            self._fit_width()
