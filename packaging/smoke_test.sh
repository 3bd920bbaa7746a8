#!/usr/bin/env bash
# Install the .deb into a clean Debian 12 root (debootstrap --variant=minbase: no Python,
# no X libraries) and use Hearth there as a person would, as an ordinary user:
#
#   sudo packaging/smoke_test.sh [dist/hearth_X_amd64.deb]        the smoke test
#   sudo packaging/smoke_test.sh --upgrade-from OLD.deb [NEW.deb]  the upgrade test
#
# Smoke: hearth --version, doctor --json, one chat answer from the bundled model,
# docs add + search (timed, and again with torch moved away: the ONNX query export),
# a read-only data folder's message, and the window on a virtual display (Xvfb on
# this machine; the screenshot goes to build/smoke/window.png).
# Upgrade: install OLD, make a conversation and a collection, install NEW over it with
# apt, then find both (and a model setting and a file in models/), and report the
# database migrations the new version ran (with the copy of the database it kept).
#
# Needs root (chroot), debootstrap, xvfb, xdotool and imagemagick on this machine:
#   sudo apt-get install debootstrap xvfb xdotool imagemagick
# The pristine root is cached as build/bookworm-minbase.tar (first run: a few minutes
# of downloads from DEBIAN_MIRROR, default the Debian mirror this machine's apt uses).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build"
OUT="${SMOKE_OUT:-$BUILD/smoke}"
apt_mirror() {  # the first Debian URI in this machine's apt sources (deb822 or one-line)
  { sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/*.sources
    sed -n 's/^deb[[:space:]]\+\([^[:space:]]*\/debian\)[[:space:]].*/\1/p' /etc/apt/sources.list
  } 2>/dev/null | head -n 1 || true  # a missing sources file is not an error here
}
MIRROR="${DEBIAN_MIRROR:-$(apt_mirror)}"
[ -n "$MIRROR" ] || { echo "smoke_test.sh: set DEBIAN_MIRROR (no Debian mirror in apt's sources)" >&2; exit 2; }
OLD=""
while [ $# -gt 0 ]; do
  case "$1" in
    --upgrade-from) OLD="$(realpath "$2")"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
DEB="${1:-$(ls -t "$ROOT"/dist/hearth_*_amd64.deb 2>/dev/null | head -1)}"
[ -f "$DEB" ] || { echo "smoke_test.sh: no .deb (run packaging/build_linux.sh first)" >&2; exit 2; }
DEB="$(realpath "$DEB")"
[ "$(id -u)" = 0 ] || { echo "smoke_test.sh: run as root (it uses chroot)" >&2; exit 2; }
for tool in debootstrap Xvfb xdotool import python3; do
  command -v "$tool" >/dev/null || { echo "smoke_test.sh: needs $tool: sudo apt-get install debootstrap xvfb xdotool imagemagick" >&2; exit 2; }
done
T0=$(date +%s)
say() { echo "[smoke $(( $(date +%s) - T0 ))s] $*"; }
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
mkdir -p "$OUT"

# 1. A clean root from the cached pristine tarball.
PRISTINE="$BUILD/bookworm-minbase.tar"
if [ ! -f "$PRISTINE" ]; then
  say "debootstrap --variant=minbase bookworm (cached afterwards in $PRISTINE)"
  rm -rf "$BUILD/bookworm-pristine"
  debootstrap --variant=minbase bookworm "$BUILD/bookworm-pristine" "$MIRROR" > "$OUT/debootstrap.log"
  tar -C "$BUILD/bookworm-pristine" -cf "$PRISTINE.partial" . && mv "$PRISTINE.partial" "$PRISTINE"
  rm -rf "$BUILD/bookworm-pristine"
fi
R="${SMOKE_ROOT:-$BUILD/smoke-root}"  # another SMOKE_ROOT/SMOKE_OUT: two runs side by side
XDISP=":${SMOKE_DISPLAY:-97}"
XPID=""
cleanup() {
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  for m in tmp/.X11-unix dev/shm dev/pts dev proc; do umount -l "$R/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
# Never delete through a mount left by an earlier run (that would be the host's /dev).
if grep -q " $R/" /proc/mounts; then fail "$R still has mounts: umount them first"; fi
rm -rf "$R" && mkdir -p "$R"
tar -C "$R" -xf "$PRISTINE"
cp /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
echo "deb $MIRROR bookworm main" > "$R/etc/apt/sources.list"
mount -t proc proc "$R/proc"
mount --bind /dev "$R/dev" && mount --bind /dev/pts "$R/dev/pts" && mount --bind /dev/shm "$R/dev/shm"
mkdir -p /tmp/.X11-unix "$R/tmp/.X11-unix" && chmod 1777 /tmp/.X11-unix
mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix"
in_root() { chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_user() {  # an ordinary user with a normal home, as after a desktop login
  chroot --userspec=alice:alice "$R" env -i PATH=/usr/bin:/bin HOME=/home/alice \
    LANG=C.UTF-8 USER=alice DISPLAY="$XDISP" "$@"
}
in_root sh -c '! command -v python3 && ! command -v python' >/dev/null || fail "the root has Python"
in_root useradd -m -s /bin/sh alice
in_root apt-get update -qq > "$OUT/apt-update.log"

install_deb() {  # apt resolves the .deb's Depends: from the archive, like a user's apt
  cp "$1" "$R/tmp/"
  say "apt install ./$(basename "$1")"
  local t=$(date +%s)
  DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$1")" > "$OUT/apt-install-$(basename "$1").log" 2>&1 \
    || { tail -20 "$OUT/apt-install-$(basename "$1").log"; fail "apt install $(basename "$1")"; }
  rm -f "$R/tmp/$(basename "$1")"
  say "installed in $(( $(date +%s) - t ))s: $(du -sh "$R/opt/hearth" | cut -f1) in /opt/hearth"
}
json() {  # json FILE EXPR: evaluate a Python expression over the parsed JSON, on this machine
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

if [ -n "$OLD" ]; then
  # ---------------- the upgrade test ----------------
  install_deb "$OLD"
  OLDV="$(in_root dpkg-query -W -f '${Version}' hearth)"
  as_user hearth chat --json --temperature 0 --max-tokens 24 "What is the capital of Japan?" > "$OUT/up-chat.json" \
    || fail "chat with $OLDV"
  CID="$(json "$OUT/up-chat.json" 'd["conversation_id"]')"
  printf 'The lighthouse keeper logs the fog horn at 0400 every winter.\n' > "$R/home/alice/log.txt"
  as_user hearth docs add keeper /home/alice/log.txt --json > "$OUT/up-docs.json" || fail "docs add with $OLDV"
  as_user hearth models settings smollm2-135m-instruct temperature=0.65 >/dev/null || fail "settings with $OLDV"
  as_user mkdir -p /home/alice/.local/share/Hearth/models
  echo "settings-kept" > "$R/home/alice/.local/share/Hearth/models/marker.txt"
  T_UPGRADE="$(date +%s)"
  install_deb "$DEB"
  NEWV="$(in_root dpkg-query -W -f '${Version}' hearth)"
  [ "$NEWV" != "$OLDV" ] || fail "the version did not change ($NEWV)"
  say "upgraded $OLDV -> $NEWV"
  as_user hearth history list --json > "$OUT/up-history.json" || fail "history list after upgrade"
  [ "$(json "$OUT/up-history.json" "[c['id'] for c in d] == [$CID]")" = True ] || fail "conversation $CID lost"
  as_user hearth history show "$CID" --json > "$OUT/up-show.json"
  json "$OUT/up-show.json" "'Tokyo' in d['messages'][1]['content'] or exit(1)" >/dev/null || fail "reply lost"
  as_user hearth docs list --json > "$OUT/up-docs-list.json"
  json "$OUT/up-docs-list.json" "[c for c in d if c['name'] == 'keeper'] or exit(1)" >/dev/null || fail "collection lost"
  as_user hearth search keeper "fog horn" --json > "$OUT/up-search.json" || fail "search after upgrade"
  json "$OUT/up-search.json" "'fog horn' in json.dumps(d) or exit(1)" >/dev/null || fail "passage not found"
  [ -f "$R/home/alice/.local/share/Hearth/models/marker.txt" ] || fail "models folder lost"
  as_user hearth models settings smollm2-135m-instruct --json > "$OUT/up-settings.json"
  json "$OUT/up-settings.json" 'd.get("temperature") == 0.65 or exit(1)' >/dev/null || fail "settings lost"
  ls "$R/home/alice/.local/share/Hearth/" > "$OUT/up-home.txt"
  in_root sh -c 'cat /home/alice/.local/share/Hearth/hearth.db >/dev/null'
  as_user hearth doctor --json > "$OUT/up-doctor.json" || fail "doctor after upgrade"
  python3 - "$R/home/alice/.local/share/Hearth/hearth.db" "$T_UPGRADE" > "$OUT/up-migrations.txt" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("select name, applied from _migrations order by applied").fetchall()
print("migrations run by the new version:", [n for n, t in rows if t >= float(sys.argv[2])] or "none")
print("all:", [n for n, _ in rows])
PY
  say "$(head -1 "$OUT/up-migrations.txt"); database copies kept: $(grep before- "$OUT/up-home.txt" | tr '\n' ' ')"
  say "UPGRADE PASSED: $OLDV -> $NEWV kept conversation $CID, collection 'keeper', a model setting, models/"
  exit 0
fi

# ---------------- the smoke test ----------------
install_deb "$DEB"
in_root sh -c '! command -v python3' >/dev/null || fail "installing Hearth brought Python in"
as_user hearth --version | tee "$OUT/version.txt"
as_user hearth doctor --json > "$OUT/doctor.json" || fail "hearth doctor"
json "$OUT/doctor.json" 'd["data_home"]' | grep -qx /home/alice/.local/share/Hearth || fail "data home"
json "$OUT/doctor.json" '"/opt/hearth" in d.get("install", "/opt/hearth") or exit(1)' >/dev/null \
  || fail "doctor does not see the installed app: $(json "$OUT/doctor.json" 'd.get("install")')"
say "doctor: $(json "$OUT/doctor.json" '{k: d[k] for k in ("hearth", "install", "python", "data_home") if k in d}')"

say "chat"
as_user hearth chat --json --temperature 0 "What is the capital of Japan?" > "$OUT/chat.json" || fail "hearth chat"
json "$OUT/chat.json" '"Tokyo" in d["reply"] or exit(1)' >/dev/null || fail "no Tokyo in: $(cat "$OUT/chat.json")"
say "chat: $(json "$OUT/chat.json" 'd["reply"][:80], d["tokens_per_s"]')"

say "docs add + search"
printf '# Boiler\n\nThe boiler service interval is eighteen months. Descale with citric acid.\n' > "$R/home/alice/boiler.md"
as_user hearth docs add house /home/alice/boiler.md --json > "$OUT/docs-add.json" || fail "docs add"
t0=$(date +%s.%N)
as_user hearth search house "how often is the boiler serviced" --json > "$OUT/search.json" || fail "search"
t1=$(date +%s.%N)
json "$OUT/search.json" '"eighteen months" in json.dumps(d) or exit(1)' >/dev/null || fail "search missed: $(cat "$OUT/search.json")"
SEARCH_S="$(python3 -c "print(f'{$t1 - $t0:.2f}')")"
say "search (${SEARCH_S}s): top hit $(json "$OUT/search.json" 'str(d)[:100]')"
# The question is embedded by onnxruntime over the export that build_linux.sh put beside
# the bundled MiniLM, without torch (~1 s, not ~10 s). With torch moved away search must
# still answer: a missing or stale export would load sentence-transformers and fail.
LIB="$R/opt/hearth/_internal"
mv "$LIB/torch" "$LIB/torch.smoke-hidden"
set +e; as_user hearth search house "descale with what" --json > "$OUT/search-no-torch.json" 2> "$OUT/search-no-torch.txt"; rc=$?; set -e
mv "$LIB/torch.smoke-hidden" "$LIB/torch"
[ "$rc" = 0 ] && grep -q "citric acid" "$OUT/search-no-torch.json" \
  || fail "search needs torch (the ONNX query export was not used): rc $rc: $(tail -2 "$OUT/search-no-torch.txt")"
say "search answers without torch (the ONNX query export)"

say "read-only data folder"
set +e; as_user env HEARTH_HOME=/opt/hearth/ro hearth history list > /dev/null 2> "$OUT/readonly.txt"; rc=$?; set -e
[ "$rc" = 1 ] && [ "$(wc -l < "$OUT/readonly.txt")" = 1 ] && ! grep -q Traceback "$OUT/readonly.txt" \
  || fail "read-only folder: rc $rc: $(cat "$OUT/readonly.txt")"
say "read-only: $(cat "$OUT/readonly.txt")"

say "window on Xvfb $XDISP"
Xvfb "$XDISP" -screen 0 1280x800x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 & XPID=$!
sleep 1
t0=$(date +%s.%N)
as_user hearth > "$OUT/window.log" 2>&1 & HPID=$!
for _ in $(seq 1 600); do
  WID="$(DISPLAY=$XDISP xdotool search --onlyvisible --name 'Hearth$' 2>/dev/null | head -1 || true)"
  [ -n "$WID" ] && break
  kill -0 "$HPID" 2>/dev/null || fail "the window process exited: $(tail -5 "$OUT/window.log")"
  sleep 0.05
done
[ -n "$WID" ] || fail "no window after 30 s"
t1=$(date +%s.%N)
LAUNCH="$(python3 -c "print(f'{$t1 - $t0:.2f}')")"
say "window mapped after ${LAUNCH}s"
sleep 3  # let it finish painting (model list, last conversation)
DISPLAY=$XDISP import -window root "$OUT/window.png"
# The window indexes through a spawned embedding child (the frozen executable started
# again): open Documents (Ctrl+3), change the watched file, and wait for the re-sync.
# Without freeze_support() first, that child would open a second window instead.
DISPLAY=$XDISP xdotool windowfocus --sync "$WID" key ctrl+3
sleep 1
printf '\nThe expansion vessel pressure is one point two bar.\n' >> "$R/home/alice/boiler.md"
FOUND=""
for _ in $(seq 1 90); do
  sleep 2
  as_user hearth search house "expansion vessel pressure" --json > "$OUT/window-search.json" 2>/dev/null || true
  if grep -q "one point two bar" "$OUT/window-search.json"; then FOUND=1; break; fi
done
DISPLAY=$XDISP import -window root "$OUT/window-documents.png"
WINDOWS="$(DISPLAY=$XDISP xdotool search --onlyvisible --name 'Hearth$' | wc -l)"
[ "$WINDOWS" = 1 ] || fail "$WINDOWS Hearth windows (a child process opened its own?)"
[ -n "$FOUND" ] || fail "the window did not re-index the changed file: $(tail -5 "$OUT/window.log")"
say "the window re-indexed the changed file through its embedding child; still one window"
kill "$HPID"; wait "$HPID" 2>/dev/null || true
echo "$LAUNCH" > "$OUT/launch_s.txt"
say "SMOKE PASSED ($(basename "$DEB")): doctor, chat, docs add + search (${SEARCH_S}s, ONNX query export), read-only message, window (${LAUNCH}s, indexing child, $OUT/window.png)"
