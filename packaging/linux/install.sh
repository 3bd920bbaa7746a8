#!/bin/sh
# Install Hearth from this unpacked .tar.gz, for one user (default) or the system.
#   ./install.sh            -> ~/.local/opt/hearth, ~/.local/bin/hearth, menu entry and icons
#   sudo ./install.sh --system   -> /opt/hearth, /usr/local/bin/hearth, ...
#   ./install.sh --uninstall [--system]   removes the program; your data stays in
#   ~/.local/share/Hearth (delete that folder yourself to remove it too).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="$HOME/.local"; OPT="$HOME/.local/opt/hearth"; ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) PREFIX=/usr/local; OPT=/opt/hearth ;;
    --uninstall) ACTION=uninstall ;;
    *) echo "install.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
BIN="$PREFIX/bin/hearth"; APPS="$PREFIX/share/applications"; ICONS="$PREFIX/share/icons/hicolor"
if [ "$ACTION" = uninstall ]; then
  rm -rf "$OPT" "$BIN" "$APPS/hearth.desktop"
  find "$ICONS" -name 'hearth.*' -path '*/apps/*' -delete 2>/dev/null || true
  echo "Hearth removed. Your conversations and models are still in ~/.local/share/Hearth."
  exit 0
fi
mkdir -p "$(dirname "$OPT")" "$PREFIX/bin" "$APPS" "$ICONS"
rm -rf "$OPT.new" && cp -a "$HERE/app" "$OPT.new"
rm -rf "$OPT" && mv "$OPT.new" "$OPT"   # an upgrade replaces the program, never the data
printf '#!/bin/sh\nexec "%s/hearth" "$@"\n' "$OPT" > "$BIN" && chmod 0755 "$BIN"
sed "s|^Exec=hearth|Exec=$BIN|" "$HERE/share/hearth.desktop" > "$APPS/hearth.desktop"
cp -a "$HERE/share/icons/hicolor/." "$ICONS/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
"$OPT/hearth" --version
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "Add $PREFIX/bin to your PATH to run 'hearth' from a terminal." ;; esac
if [ "$(uname -s)" = Linux ] && ! "$OPT/hearth" doctor >/dev/null 2>&1; then
  echo "Note: 'hearth doctor' reported a problem; run it to see what is missing."
fi
echo "Installed. Start Hearth from your applications menu or run: hearth"
