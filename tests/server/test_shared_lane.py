"""Server requests share the core's model lane with the window's chat turns and file
jobs: on two models at once they take turns, and none unloads a model under another."""

from __future__ import annotations

import concurrent.futures

import pytest

from tests.server.conftest import openai

SECTION = ("The river town kept its old stone bridge, which merchants crossed each morning "
           "with carts of apples, wool and salt. The council argued every spring about "
           "repairs, and every spring the bridge stood another year. ")


@pytest.fixture
def shared(hearth_home, chat_model_path):
    from app.core.session import Core
    from app.server.runner import ApiServer, ServeOptions

    core = Core()
    core.settings.update({"n_ctx": 1024, "max_tokens": 16, "temperature": 0.0, "seed": 3})
    # the same GGUF under a second id: switching between them unloads the other
    core.catalog.register("model-b", chat_model_path, "import")
    server = ApiServer(core, ServeOptions(port=0)).start()
    yield core, server
    server.stop()
    core.close()


def test_server_requests_a_chat_turn_and_a_file_job_on_two_models_all_finish(shared, tmp_path):
    from app.core.queue.kinds import files as file_jobs

    core, server = shared
    a = core.runtime.default_id()
    src = tmp_path / "town.md"
    src.write_text("# The town\n\n" + SECTION * 4)
    job, _ = file_jobs.submit(core.jobs, "summarize",
                              file_jobs.summarize_params(src, length="short", model=a))
    client = openai.OpenAI(base_url=server.url, api_key="x", max_retries=0, timeout=300)

    def request(i: int) -> str:
        stream = client.chat.completions.create(
            model="model-b", max_tokens=12, stream=True,
            messages=[{"role": "user", "content": f"Say the number {i}."}])
        return "".join(c.choices[0].delta.content or "" for c in stream if c.choices)

    def chat_turn() -> str:
        conv = core.chat.start("Hello", a)
        return core.chat.send(conv.id, "Hello", a).reply.content

    with concurrent.futures.ThreadPoolExecutor(5) as pool:
        run_job = pool.submit(core.jobs.run, job.id)
        answers = [pool.submit(request, i) for i in range(2)]
        turn = pool.submit(chat_turn)
        results = [f.result(timeout=600) for f in answers]
        reply = turn.result(timeout=600)
        run_job.result(timeout=600)
    assert all(r.strip() for r in results) and reply.strip()
    done = core.jobs.get(job.id)
    assert done.status == "done", done.error
    assert not done.result.get("failed_chunks")
    assert core.runtime.loads >= 2  # both models ran here, switching in the lane
