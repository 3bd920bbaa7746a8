"""The core's errors, hints and progress notes are `Msg`s, so the window can show them
in its language (app/ui/core_text.py); the command line still prints the English."""

from __future__ import annotations

import pickle

from app.core import messages
from app.core.errors import HearthError, ModelNotFound
from app.core.messages import Msg
from tests import core_messages
from tests.core_messages import ROOT


def test_no_error_or_note_is_left_unmarked():
    errors = core_messages.error_classes()
    assert {"HearthError", "DownloadError", "DamagedDatabase"} <= errors
    problems = [p for path in core_messages.sources()
                for p in core_messages.unmarked(path, errors)]
    assert problems == [], "wrap these in Msg(...) (app/core/messages.py)"


def test_the_check_sees_unmarked_strings(tmp_path):
    """The check itself: it catches literals and f-strings in errors, hints and notes,
    positional or keyword, and lets `Msg`s, variables and log-only errors be."""
    probe = tmp_path / "probe.py"
    probe.write_text('''
class ProbeError(DownloadError):
    pass
raise ProbeError(f"The file {name} is damaged.")
raise ModelNotFound(Msg("No model {id}.", id=x), "Run `hearth models list`.")
raise HearthError(message="Gone " + why)
raise HearthError(Msg("The file {name} is damaged.", name=n), Msg("Download it again."))
raise HearthError(str(exc), exc.hint)
how = f"Run `chmod u+w {root}`."
raise StorageError(Msg("Cannot write {root}.", root=root), how)
raise ValueError(f"bad header {n}")
progress(Progress(1, 2, "bytes", f"copying {name}"))
progress(Progress(1, 2, "bytes", Msg("copying {name}", name=n)))
ctx.report(1, 2, "chunks", message="page 1")
x = Msg(template)
y = Msg("{} of {}", 1, 2)
z = Msg("{done} of {total}", done=1)
''', encoding="utf-8")
    errors = core_messages.error_classes([ROOT / "app/core/errors.py", probe])
    found = [p.split(": ", 1)[1] for p in core_messages.unmarked(probe, errors)]
    assert sorted(found) == sorted([
        "ProbeError: the message needs Msg(...)",
        "ModelNotFound: the hint needs Msg(...)",
        "StorageError: the hint needs Msg(...)",
        "HearthError: the message needs Msg(...)",
        "Progress: the progress note needs Msg(...)",
        "report: the progress note needs Msg(...)",
        "Msg needs a literal template (scripts/translations.py collects it)",
        "Msg '{} of {}': use named placeholders like {name}",
        "Msg '{done} of {total}': placeholders ['done', 'total'] but arguments ['done']",
    ])


def test_templates_are_collected(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('raise X(Msg("Gone {name}.", name=n), Msg("Retry."))\n'
                     'p = Msg("Gone {name}.", name=m)\n', encoding="utf-8")
    assert core_messages.templates([probe]) == ["Gone {name}.", "Retry."]
    marks = core_messages.write_marks(tmp_path / "marks.py", [probe]).read_text()
    assert marks == "QT_TRANSLATE_NOOP('core', 'Gone {name}.')\n" \
                    "QT_TRANSLATE_NOOP('core', 'Retry.')\n"


def test_msg_reads_as_english_and_keeps_its_template():
    reason = Msg("the disk is full")
    m = Msg("Could not save {name}: {why}.", name="a.txt", why=reason)
    assert m == "Could not save a.txt: the disk is full."
    assert (m.template, m.args["name"]) == ("Could not save {name}: {why}.", "a.txt")
    again = pickle.loads(pickle.dumps(m))
    assert isinstance(again, Msg) and again.template == m.template and again == m
    assert isinstance(again.args["why"], Msg)


def test_stored_messages_come_back_as_messages():
    m = Msg("Could not save {name}: {why}.", name="a.txt", why=Msg("the disk is full"))
    back = messages.decode(messages.encode(m))
    assert isinstance(back, Msg) and back == m and back.template == m.template
    assert isinstance(back.args["why"], Msg)
    # rows written before messages were stored this way read as they are
    assert messages.decode("Hearth stopped.") == "Hearth stopped."
    assert messages.decode(None) == ""
    assert not isinstance(messages.decode(messages.encode("plain")), Msg)


def test_an_error_keeps_its_messages_and_prints_english():
    exc = ModelNotFound(Msg("No model named {id}.", id="x"), Msg("Run `hearth models list`."))
    assert str(exc) == "No model named x. Run `hearth models list`."
    assert isinstance(exc.message, Msg) and isinstance(exc.hint, Msg)
    both = messages.join(exc.message, exc.hint)
    assert both == str(exc) and isinstance(both, Msg)
    assert HearthError("plain").message == "plain"


def test_a_failed_job_keeps_its_message_in_the_database(tmp_path):
    """The jobs table stores the template: a job read back (another day, another
    language) still carries it; `hearth jobs` prints the same English."""
    from app.core.errors import DownloadError
    from app.core.queue.queue import JobQueue
    from app.core.store.db import open_db

    queue = JobQueue(open_db(tmp_path / "h.db"))
    error = DownloadError(Msg("The download of {name} is corrupt: {what}.", name="m.gguf",
                              what=Msg("its sha256 is {digest}", digest="ab")),
                          Msg("Pull it again."))

    def fail(ctx):
        ctx.report(1, 2, "bytes", Msg("copying {name}", name="m.gguf"))
        raise error

    queue.register("probe", fail)
    job = queue.submit("probe", "Probe", {})
    try:
        queue.run(job.id)
    except DownloadError:
        pass
    raw = queue.db.execute("select error, message from jobs where id = ?", [job.id]).fetchone()
    assert raw[0].startswith("\x1emsg") and raw[1].startswith("\x1emsg")
    back = JobQueue(queue.db).get(job.id)
    assert back.error == str(error) and isinstance(back.error, Msg)
    assert back.message == "copying m.gguf" and back.message.template == "copying {name}"
    parts = back.error.args
    assert [p.template for p in parts.values()] == [
        "The download of {name} is corrupt: {what}.", "Pull it again."]


def test_a_skipped_files_reason_and_a_chat_error_keep_their_template(tmp_path):
    from dataclasses import asdict

    from app.core.store.db import open_db
    from app.core.store.documents import DocStore
    from app.core.store.history import History

    db = open_db(tmp_path / "h.db")
    store = DocStore(db)
    coll = store.create("notes")
    row = store.ensure_file(coll.id, "/tmp/a.pdf")
    why = Msg("{name} cannot be read ({reason}).", name="a.pdf", reason="Permission denied")
    store.set_file(row.id, status="skipped", reason=why)
    back = store.file(coll.id, "/tmp/a.pdf")
    assert back.reason == why and back.reason.template == why.template
    assert asdict(back)["reason"].template == why.template  # the documents page's rows
    store.set_file(row.id, reason="an old row's plain English")
    assert store.file(coll.id, "/tmp/a.pdf").reason == "an old row's plain English"

    history = History(db)
    conv = history.new_conversation("t")
    reply = history.add_message(conv.id, "assistant", "", status="generating")
    failed = history.update_message(reply.id, status="failed",
                                    error=Msg("The model was unloaded."))
    assert failed.error == "The model was unloaded." and isinstance(failed.error, Msg)
