"""Files attached to one message: whole in the prompt when they fit (and in later turns),
else indexed into the conversation's hidden collection and answered with citations."""

from app.core.llm.base import SamplingParams
from app.core.store.history import History
from app.core.tasks.ask import Asker
from app.core.tasks.assistant import Assistant
from app.core.tasks.attachments import Attacher, hidden_collection
from tests.fakes import FakeModel


def setup(documents):
    history = History(documents.db)
    assistant = Assistant(history)
    return history, Asker(documents, assistant, history), Attacher(history, documents, 50)


def test_a_small_file_goes_into_the_prompt_whole_and_stays(documents, tmp_path):
    history, asker, attacher = setup(documents)
    note = tmp_path / "note.txt"
    note.write_text("The boat is called Marigold and sails on Tuesdays.")
    model = FakeModel(n_ctx=4096)
    conv = history.new_conversation("x")
    files = attacher.prepare(conv.id, [note], "What is the boat called?", model,
                             SamplingParams(), "")
    assert [f.mode for f in files] == ["inline"]
    model.enqueue(["Marigold."])
    turn = asker.send(conv.id, "What is the boat called?", model, SamplingParams(),
                      attachments=files)
    assert "Marigold and sails on Tuesdays" in model.render(turn.plan.messages)
    shown = history.messages(conv.id)
    assert shown[0].content == "What is the boat called?"  # the typed text is kept apart
    assert shown[0].attachments[0]["name"] == "note.txt"
    model.enqueue(["Tuesdays."])
    later = asker.send(conv.id, "When does it sail?", model, SamplingParams())
    assert "sails on Tuesdays" in model.render(later.plan.messages)  # still with the question
    assert not any(c["name"].startswith("_hearth-conversation-") for c in documents.collections())


def test_a_large_file_is_indexed_and_cited(documents, tmp_path):
    history, asker, attacher = setup(documents)
    big = tmp_path / "report.txt"
    filler = "Weather notes from the harbour office. " * 400
    big.write_text(filler + "\n\nThe lighthouse keeper is named Ingrid Solberg.\n\n" + filler)
    model = FakeModel(n_ctx=2048)
    conv = history.new_conversation("x")
    question = "Who is the lighthouse keeper?"
    files = attacher.prepare(conv.id, [big], question, model, SamplingParams(), "")
    assert [f.mode for f in files] == ["indexed"]
    assert [c.name for c in documents.attached(conv.id)] == [hidden_collection(conv.id)]
    assert all(not c["name"].startswith("_hearth-conversation-")  # hidden from the list
               for c in documents.collections())
    model.enqueue(["Ingrid Solberg [1]."])
    turn = asker.send(conv.id, question, model, SamplingParams(), attachments=files)
    assert "Ingrid Solberg" in model.render(turn.plan.messages)
    cited = asker.citations_of(turn.reply.id)
    assert cited and cited[0]["path"].endswith("report.txt")
    assert history.messages(conv.id)[0].attachments[0]["mode"] == "indexed"
