"""What a frozen app folder needs from the system, for the .deb's `Depends:`.

    python deb_depends.py APP_FOLDER   ->   "GLIBC: 2.xx" and "Depends: pkg, pkg (>= v), ..."

Every ELF file's NEEDED libraries that the folder does not carry are looked up with
`ldconfig -p` and `dpkg-query -S` on the build machine (Debian 12), so the list is the
real one for this build, not a hand-kept guess. Libraries Qt opens at run time without
linking them (the xcb platform plugin's helpers, GL) are added by name.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# dlopen()ed or needed by the xcb platform plugin but not always NEEDED by a bundled file;
# the same packages app/ui/display.py asks for when they are missing.
ALWAYS = ["libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0",
          "libgl1", "libegl1", "libfontconfig1", "libdbus-1-3"]
SKIP_PACKAGES = {"libc6"}  # versioned separately from the GLIBC symbols actually used
# The GPU driver's own libraries (CUDA variant): the user's installed driver provides them;
# depending on one driver package would fight the one their GPU needs.
GCC_OF_GLIBCXX = {28: 10, 29: 11, 30: 12, 31: 13, 32: 14, 33: 15}
DRIVER = {"libcuda.so.1", "libnvidia-ml.so.1", "libvulkan.so.1"}


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def needed_and_glibc(files: list[Path]) -> tuple[dict[str, list[Path]], tuple[int, ...], int]:
    needed: dict[str, list[Path]] = {}
    newest: tuple[int, ...] = (2, 17)
    glibcxx = 0  # newest GLIBCXX_3.4.N used
    for path in files:
        text = subprocess.run(["objdump", "-p", str(path)], capture_output=True,
                              text=True).stdout
        for lib in re.findall(r"^\s+NEEDED\s+(\S+)", text, re.M):
            needed.setdefault(lib, []).append(path)
        for ver in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", text):
            newest = max(newest, tuple(int(x) for x in ver.split(".")))
        for ver in re.findall(r"\bGLIBCXX_3\.4\.(\d+)\b", text):
            glibcxx = max(glibcxx, int(ver))
    return needed, newest, glibcxx


def system_paths() -> dict[str, str]:
    out = {}
    text = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for soname, flags, path in re.findall(r"^\s+(\S+) \(([^)]*)\) => (\S+)", text, re.M):
        if "x86-64" in flags or "64" in flags:
            out.setdefault(soname, path)
    return out


def package_of(path: str) -> str | None:
    candidates = {path, str(Path(path).resolve())}
    for p in list(candidates):  # merged /usr: dpkg knows a file under one of the two
        candidates.add(p[4:] if p.startswith("/usr/") else "/usr" + p)
    for p in sorted(candidates):
        out = subprocess.run(["dpkg-query", "-S", p], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def main(root: Path) -> int:
    files = elf_files(root)
    carried = {p.name for p in root.rglob("*")}
    needed, glibc, glibcxx = needed_and_glibc(files)
    paths = system_paths()
    packages = set(ALWAYS)
    for lib, users in sorted(needed.items()):
        if lib in carried or lib in DRIVER:
            continue
        path = paths.get(lib)
        pkg = package_of(path) if path else None
        if pkg is None:
            rel = ", ".join(str(u.relative_to(root)) for u in users[:3])
            print(f"warning: {lib} (needed by {rel}) is not on this machine; "
                  "those files load only where it is", file=sys.stderr)
            continue
        if pkg not in SKIP_PACKAGES:
            packages.add(pkg)
    version = ".".join(map(str, glibc))
    gcc = GCC_OF_GLIBCXX.get(glibcxx)
    if gcc and "libstdc++6" in packages:  # GCC 12's libstdc++ for llama.cpp built here
        packages.discard("libstdc++6")
        packages.add(f"libstdc++6 (>= {gcc})")
    print(f"GLIBC: {version}")
    print(f"GLIBCXX: 3.4.{glibcxx}")
    print("Depends: " + ", ".join([f"libc6 (>= {version})", *sorted(packages)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
