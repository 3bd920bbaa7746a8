"""`hearth serve`'s key, binding rules, and the bounded queue (503 + Retry-After)."""

from __future__ import annotations

import threading
import time

import httpx2
import pytest

from app.core.errors import HearthError
from tests.server.conftest import openai

SMOL = "smollm2-135m-instruct"
ASK = [{"role": "user", "content": "Say hi."}]


@pytest.fixture(scope="module")
def keyed(tmp_path_factory, chat_model_path):
    from app.core.session import Core
    from app.server.runner import ApiServer, ServeOptions

    home = tmp_path_factory.mktemp("keyed-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HEARTH_HOME", str(home))
        core = Core()
        core.settings.update({"max_tokens": 16, "temperature": 0.0, "n_ctx": 1024})
        server = ApiServer(core, ServeOptions(port=0, api_key="s3cret", queue_size=1)).start()
        yield server
        server.stop()
        core.close()


def test_every_request_needs_the_key(keyed):
    wrong = openai.OpenAI(base_url=keyed.url, api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as err:
        wrong.models.list()
    assert err.value.status_code == 401 and err.value.body["code"] == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        wrong.chat.completions.create(model=SMOL, messages=ASK)
    assert httpx2.get(keyed.url + "/models").status_code == 401  # no header at all
    right = openai.OpenAI(base_url=keyed.url, api_key="s3cret", max_retries=0)
    assert SMOL in [m.id for m in right.models.list().data]
    reply = right.chat.completions.create(model=SMOL, messages=ASK, max_tokens=4)
    assert reply.choices[0].message.content


def test_a_full_queue_answers_503_with_retry_after(keyed):
    """While a file job holds the model, one request runs (waiting for the model) and one
    waits in the queue of 1: a third is turned away at once; all go on once it is free."""
    headers = {"Authorization": "Bearer s3cret"}
    body = {"model": SMOL, "max_tokens": 4, "messages": ASK}
    lane = keyed.core.runtime.lane
    answers: list[int] = []

    def request() -> None:
        answers.append(httpx2.post(keyed.url + "/chat/completions", json=body, headers=headers,
                                   timeout=120).status_code)

    def wait_for(condition) -> None:
        deadline = time.monotonic() + 90
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.02)

    queue = keyed.app.state.requests
    threads = [threading.Thread(target=request) for _ in range(2)]
    lane.acquire()  # as a file job's chunk would
    try:
        threads[0].start()
        wait_for(lambda: queue.running)  # the first is served (and waits for the model)
        threads[1].start()
        wait_for(lambda: queue.waiting == 1)  # the second waits in the queue
        busy = httpx2.post(keyed.url + "/chat/completions", json=body, headers=headers,
                           timeout=30)
        assert busy.status_code == 503
        assert int(busy.headers["Retry-After"]) >= 1
        assert busy.json()["error"]["code"] == "server_busy"
        client = openai.OpenAI(base_url=keyed.url, api_key="s3cret", max_retries=0)
        with pytest.raises(openai.InternalServerError) as err:
            client.chat.completions.create(model=SMOL, messages=ASK)
        assert err.value.status_code == 503
        assert answers == []  # nothing ran while the model was taken
    finally:
        lane.release()
    for t in threads:
        t.join(120)
    assert answers == [200, 200]


def test_other_addresses_need_a_key():
    from app.server.runner import ServeOptions

    with pytest.raises(HearthError, match="API key"):
        ServeOptions(host="0.0.0.0", port=0).check()
    ServeOptions(host="0.0.0.0", port=0, api_key="k").check()
    ServeOptions(host="::1", port=0).check()
    ServeOptions(host="localhost", port=0).check()


def test_a_port_in_use_is_a_clear_error(keyed):
    from app.core.session import Core
    from app.server.runner import ApiServer, ServeOptions

    core = Core()
    try:
        with pytest.raises(HearthError, match="Cannot listen on 127.0.0.1"):
            ApiServer(core, ServeOptions(port=keyed.port, api_key="k"))
    finally:
        core.close()
