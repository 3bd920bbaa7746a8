"""Installed models on the Models page: default, delete, per-model settings, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.core_text import say
from app.ui.i18n import fit_text, translate
from app.ui.model_dialogs import ModelSettingsDialog, ask_import_mode
from app.ui.model_widgets import cell, human, make_table, run_job
from app.ui.remote_dialog import RemoteServerDialog
from app.ui.workers import Worker

# where an installed model came from (the catalog's `source`), as the Source column says it
SOURCES = {"bundled": QT_TRANSLATE_NOOP("InstalledPanel", "bundled"),
           "downloaded": QT_TRANSLATE_NOOP("InstalledPanel", "downloaded"),
           "imported": QT_TRANSLATE_NOOP("InstalledPanel", "imported"),
           "path": QT_TRANSLATE_NOOP("InstalledPanel", "linked"),  # used where it lies
           "remote": QT_TRANSLATE_NOOP("InstalledPanel", "remote")}


class InstalledPanel(QWidget):
    changed = Signal()  # a model was added, removed, or its settings or the default changed

    def __init__(self, core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.manager = core.models
        self.table = make_table([self.tr("Model"), self.tr("Quant"), self.tr("Size"),
                                 self.tr("Source"), self.tr("Fit"), self.tr("Default")])
        self.table.itemSelectionChanged.connect(self._installed_selected)
        buttons = QHBoxLayout()
        self.default_button = QPushButton(self.tr("Set as default"))
        self.default_button.clicked.connect(self.set_default_selected)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.clicked.connect(self.edit_settings_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        import_file = QPushButton(self.tr("Import file…"))
        import_file.clicked.connect(self.import_file_dialog)
        import_folder = QPushButton(self.tr("Scan folder…"))
        import_folder.clicked.connect(self.import_folder_dialog)
        add_server = QPushButton(self.tr("Add server…"))
        add_server.setToolTip(self.tr("Use the models of an OpenAI-compatible server (vLLM, "
                              "llama-server) on another machine"))
        add_server.clicked.connect(self.add_server_dialog)
        for b in (self.default_button, self.settings_button, self.delete_button):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(import_file)
        buttons.addWidget(import_folder)
        buttons.addWidget(add_server)
        self.note = QLabel(self.tr("Drop .gguf files here to import them."))
        self.note.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        v.addWidget(self.note)

    def refresh(self) -> None:
        run_job(lambda c, p: self.manager.installed(), self._show_installed, "models-list",
                  self.note.setText)

    def _show_installed(self, models: list[dict]) -> None:
        self.table.setRowCount(0)
        for m in models:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, cell(m["id"], m["id"], m["path"]))
            self.table.setItem(row, 1, cell(m.get("quantization", "?")))
            self.table.setItem(row, 2, cell(human(m["size"])))
            source = cell(translate("InstalledPanel", SOURCES[m["source"]])
                          if m["source"] in SOURCES else m["source"], m["source"])
            self.table.setItem(row, 3, source)
            fit = m.get("fit") or {}
            where = self.tr("runs on {server}").format(server=m["where"]) \
                if m["source"] == "remote" else None
            self.table.setItem(row, 4, cell(say(m["error"] or "") or where or fit_text(fit)))
            self.table.setItem(row, 5, cell("✓" if m["default"] else ""))
        self._installed_selected()

    def selected_model(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _installed_selected(self) -> None:
        model_id = self.selected_model()
        source = ""
        if model_id:
            source = self.table.item(self.table.currentRow(), 3).data(Qt.ItemDataRole.UserRole)
        for b in (self.default_button, self.settings_button):
            b.setEnabled(bool(model_id))
        self.delete_button.setEnabled(bool(model_id) and source != "bundled")

    def select(self, model_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == model_id:
                self.table.selectRow(row)

    def set_default_selected(self) -> None:
        model_id = self.selected_model()
        if model_id:
            run_job(lambda c, p: self.manager.set_default(model_id), self._changed,
                      "model-default", self.note.setText)

    def add_server_dialog(self) -> RemoteServerDialog:
        dialog = RemoteServerDialog(self)
        dialog.accepted.connect(lambda: self.add_server(*dialog.values()))
        dialog.open()
        return dialog

    def add_server(self, name: str, url: str, key: str | None) -> None:
        self.note.setText(self.tr("Asking {url} for its models…").format(url=url))
        run_job(lambda c, p: self.core.runtime.remotes.add(name, url, key),
                self._server_added, "remote-add", self.note.setText)

    def _server_added(self, server: dict) -> None:
        self.note.setText(self.tr("Added {name} ({url}): %n model(s).", "",
                                  len(server["models"])).format(name=server["name"],
                                                                url=server["url"]))
        self._changed()

    def _server_removed(self, gone: dict) -> None:
        self.note.setText(self.tr("Removed the server {name} ({url}).").format(
            name=gone["name"], url=gone["url"]))
        self._changed()

    def delete_selected(self, confirm: bool = True) -> None:
        model_id = self.selected_model()
        if not model_id:
            return
        remote = self.core.runtime.remotes.split(model_id)
        if remote is not None:
            name = remote[0]
            if confirm and QMessageBox.question(
                    self, "Remove server", f"Remove the server {name} and all its models "
                    "from Hearth? (Nothing is deleted on the server.)") != \
                    QMessageBox.StandardButton.Yes:
                return
            run_job(lambda c, p: self.core.runtime.remotes.remove(name), self._server_removed,
                    "remote-rm", self.note.setText)
            return
        if confirm and QMessageBox.question(
                self, "Delete model", f"Delete {model_id} and its file?") != \
                QMessageBox.StandardButton.Yes:
            return
        run_job(lambda c, p: self.manager.remove(model_id), self._removed, "model-delete",
                  self.note.setText)

    def _removed(self, removed) -> None:
        text = self.tr("Deleted {model}: {size} freed.").format(
            model=removed.model_id, size=human(removed.freed_bytes))
        if removed.kept:
            text += " " + self.tr("The linked file stays at {path}.").format(path=removed.kept)
        self.note.setText(text)
        self._changed()

    def _changed(self, *_: Any) -> None:
        self.refresh()
        self.changed.emit()

    def edit_settings_selected(self) -> ModelSettingsDialog | None:
        model_id = self.selected_model()
        if not model_id:
            return None
        remotes = self.core.runtime.remotes
        current = remotes.model_settings(model_id) if remotes.is_remote(model_id) else \
            self.core.catalog.get(model_id).settings
        dialog = ModelSettingsDialog(model_id, current or {}, self.core.settings.all(), self)
        dialog.accepted.connect(lambda: self.save_settings(model_id, dialog.values()))
        dialog.open()
        return dialog

    def save_settings(self, model_id: str, values: dict) -> None:
        run_job(lambda c, p: (model_id, self.manager.update_settings(model_id, values)),
                self._settings_saved, "model-settings", self.note.setText)

    def _settings_saved(self, value: tuple) -> None:
        self.note.setText(self.tr("Saved settings for {model}.").format(model=value[0]))
        self._changed()

    def import_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a GGUF model"),
                                              str(Path.home()), self.tr("GGUF models (*.gguf)"))
        if path:
            mode = ask_import_mode(self, Path(path).name)
            if mode:
                self.import_paths([path], mode)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Scan a folder for GGUF models"))
        if folder:
            mode = ask_import_mode(self, self.tr("every GGUF model in {folder}").format(
                folder=folder))
            if mode:
                self.import_paths([folder], mode)

    def import_paths(self, paths: list[str], mode: str) -> Worker:
        self.note.setText(self.tr("Importing…"))

        def job(control, progress):
            done = []
            for p in paths:
                done += self.manager.import_path(p, mode, control, progress)
            return done

        worker = run_job(job, self._imported, "model-import", self.note.setText)
        worker.progress.connect(self._import_progress)
        return worker

    def _import_progress(self, p) -> None:
        self.note.setText(self.tr("Importing: {what} {percent}%").format(
            what=say(p.message), percent=int((p.fraction or 0) * 100)))

    def _imported(self, entries: list) -> None:
        self.note.setText(self.tr("Imported {models}.").format(
            models=", ".join(e.id for e in entries)))
        self._changed()
