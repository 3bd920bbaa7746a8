#!/usr/bin/env bash
# The NVIDIA GPU variant of the Linux artifacts, a separate download from the default
# CPU ones: dist/hearth-cuda_<version>_amd64.deb and hearth-cuda-<version>-linux-x86_64.tar.gz.
#
#   packaging/build_linux_cuda.sh [--version X.Y.Z] [--compress xz|zstd]
#
# Differences from the CPU build (packaging/build_linux.sh --cuda does the work):
# - llama.cpp compiled with -DGGML_CUDA=on (needs the CUDA 12 toolkit's nvcc on the build
#   machine; CUDA_CMAKE_ARGS adds flags, e.g. -DCMAKE_CUDA_ARCHITECTURES="75;86;89;90");
# - torch from the cu126 index (TORCH_CUDA_INDEX overrides), faiss-gpu-cu12 instead of
#   faiss-cpu, nvidia-ml-py for free VRAM;
# - the package is hearth-cuda (Conflicts/Replaces/Provides: hearth), so it replaces the
#   CPU package and keeps the same data folder.
# Never bundled: the NVIDIA driver (libcuda.so.1, libnvidia-ml.so.1) and GPU loaders
# (libvulkan.so.1): the spec drops them even if a wheel carries them, and the .deb does
# not depend on a driver package (users install the driver their GPU needs).
# The CUDA runtime libraries that torch's wheels carry (cuBLAS, cuDNN...) are inside,
# so the artifact is several GB.
set -euo pipefail
command -v nvcc >/dev/null || { echo "build_linux_cuda.sh: needs the CUDA toolkit's nvcc on PATH" >&2; exit 2; }
exec "$(dirname "$0")/build_linux.sh" --cuda "$@"
