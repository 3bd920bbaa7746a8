"""Hub search and file listings through the real huggingface_hub client and the test hub."""

import time

import pytest

from app.core.errors import HubError
from app.core.models.hub import Hub
from app.core.models.names import check_filename, check_repo, split_part_names, target_path
from tests.hubserver import COMMIT


def test_search_finds_gguf_repos_sorted_by_downloads_then_likes(hub_server, tiny_gguf):
    hub_server.add_repo("a/Llama-Small-GGUF", {"llama-small-Q4_K_M.gguf": tiny_gguf},
                        downloads=5, likes=50, last_modified="2026-03-01T00:00:00.000Z")
    hub_server.add_repo("b/Llama-Big-GGUF", {"llama-big-Q4_K_M.gguf": tiny_gguf},
                        downloads=500, likes=1)
    hub_server.add_repo("c/Llama-safetensors", {"model.safetensors": b"x"}, downloads=9999)
    hub_server.add_repo("d/Other-GGUF", {"other.gguf": tiny_gguf}, downloads=10_000)
    hub = Hub()
    found = hub.search("llama")
    assert [r.id for r in found] == ["b/Llama-Big-GGUF", "a/Llama-Small-GGUF"]
    assert found[0].downloads == 500 and found[1].likes == 50
    assert found[1].last_modified == "2026-03-01"
    assert [r.id for r in hub.search("llama", sort="likes")][0] == "a/Llama-Small-GGUF"
    query = next(e.query for e in hub_server.log if e.path == "/api/models")
    assert query["filter"] == ["gguf"] and query["sort"] == ["downloads"]
    assert hub.search("no-such-thing") == []


def test_files_have_size_sha256_quantization_and_split_parts_grouped(hub_server, tiny_gguf):
    data = tiny_gguf.read_bytes()
    hub_server.add_repo("o/Model-GGUF", {
        "model-Q8_0.gguf": tiny_gguf,
        "big/model-Q4_K_M-00001-of-00002.gguf": data[:1000],
        "big/model-Q4_K_M-00002-of-00002.gguf": data[1000:3000],
        "mmproj-model-f16.gguf": b"GGUF" + b"\0" * 100,
        "README.md": b"hi",
    })
    listing = Hub().files("o/Model-GGUF")
    assert listing.revision == COMMIT
    by_name = {f.name: f for f in listing.files}
    assert set(by_name) == {"model-Q8_0.gguf", "big/model-Q4_K_M-00001-of-00002.gguf",
                            "mmproj-model-f16.gguf"}
    whole = by_name["model-Q8_0.gguf"]
    assert whole.size == tiny_gguf.stat().st_size
    assert whole.sha256 == hub_server.repos["o/Model-GGUF"].files["model-Q8_0.gguf"].sha256
    assert whole.quantization == "Q8_0" and not whole.split
    split = by_name["big/model-Q4_K_M-00001-of-00002.gguf"]
    assert split.split and split.size == 3000 and split.quantization == "Q4_K_M"
    assert [p.size for p in split.parts] == [1000, 2000] and all(p.sha256 for p in split.parts)
    assert by_name["mmproj-model-f16.gguf"].projector
    assert listing.find("big/model-Q4_K_M-00002-of-00002.gguf") is split


def test_missing_repo_is_a_clear_error(hub_server):
    with pytest.raises(HubError, match="No repo 'nobody/none'") as err:
        Hub().files("nobody/none")
    assert "hearth models search" in err.value.hint


def test_unreachable_hub_says_so_quickly(hub_server, monkeypatch):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    start = time.monotonic()
    with pytest.raises(HubError, match="Cannot reach the hub") as err:
        Hub().search("llama")
    assert time.monotonic() - start < 5  # no long retry loop before telling the user
    assert "installed models keep working" in err.value.hint


def test_offline_mode_is_a_plain_message(hub_server, monkeypatch):
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_OFFLINE", True)
    with pytest.raises(HubError, match="HF_HUB_OFFLINE"):
        Hub().search("llama")


def test_offline_switch_set_by_another_library_does_not_block_the_user(hub_server,
                                                                     monkeypatch, tiny_gguf):
    # sentence-transformers' loader sets HF_HUB_OFFLINE in-process for its own local loads;
    # the user did not ask for offline mode, so a search they start still goes out.
    import huggingface_hub.constants as c

    from app.core.models import hub

    hub_server.add_repo("a/Tiny-GGUF", {"t.gguf": tiny_gguf})
    monkeypatch.setattr(hub, "_USER_OFFLINE", False)
    monkeypatch.setattr(c, "HF_HUB_OFFLINE", True)
    assert [r.id for r in Hub().search("tiny")] == ["a/Tiny-GGUF"]


def test_hub_errors_status(hub_server):
    hub_server.switches.api_down = True
    with pytest.raises(HubError, match="503"):
        Hub().search("x")


@pytest.mark.parametrize("name", ["../evil.gguf", "a/../../evil.gguf", "/etc/passwd.gguf",
                                  "..", "dir\\..\\x.gguf", "", "a//b/./c.gguf", ".hidden.gguf"])
def test_unsafe_file_names_are_refused(name, hearth_home):
    with pytest.raises(HubError):
        target_path("o/r", check_filename(name))


@pytest.mark.parametrize("repo", ["../x", "a/b/c", "a", "a/..", "/a/b", "a b/c"])
def test_unsafe_repo_names_are_refused(repo):
    with pytest.raises(HubError):
        check_repo(repo)


def test_target_stays_inside_models_folder(hearth_home):
    from app.core import config

    t = target_path("org/Repo-GGUF", "sub/model-Q4_K_M.gguf")
    assert t.is_relative_to(config.models_dir().resolve())
    assert t.parent.name == "sub" and t.parent.parent.name == "org__Repo-GGUF"


def test_split_part_names():
    assert split_part_names("d/m-00002-of-00003.gguf") == [
        "d/m-00001-of-00003.gguf", "d/m-00002-of-00003.gguf", "d/m-00003-of-00003.gguf"]
    assert split_part_names("m.gguf") == ["m.gguf"]
