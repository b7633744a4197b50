#!/usr/bin/env bash
# Extracts the real-history corpus of `npm run bench:replay` from snapshots of public projects'
# repositories (bare git directories that include their gh-pages branch), kept outside this
# repository: their data is theirs. For each data.js (on gh-pages, or the branch named), the newest readable version is taken.
#   bench/real-corpus.sh SNAPSHOTS_DIR OUT_DIR
# SNAPSHOTS_DIR holds one folder per repository, "<owner>+<name>/repo" (a bare git directory).
set -euo pipefail
src="${1:?snapshots directory}"
out="${2:?output directory}"
mkdir -p "$out"
take() { # repo path name [branch]
  local repo="$src/$1/repo" path="$2" name="$3" branch="${4:-gh-pages}"
  git -C "$repo" rev-parse -q --verify "$branch" >/dev/null || { echo "$1: no $branch branch" >&2; return; }
  for c in $(git -C "$repo" log --format=%H "$branch" -- "$path"); do
    if git -C "$repo" cat-file -p "$c:$path" >"$out/$name.js" 2>/dev/null; then
      echo "$name: $1 $c $(wc -c <"$out/$name.js") bytes"
      return
    fi
  done
  rm -f "$out/$name.js"
  echo "$1: no readable $path" >&2
}
take hyperium+hyper dev/bench/data.js hyper
take Pometry+Raphtory dev/bench/data.js raphtory
take Pometry+Raphtory dev/bench-graphql/data.js raphtory-graphql
take AleoNet+snarkVM dev/bench/data.js snarkvm
take algorand+go-algorand dev/bench/data.js go-algorand
take Kong+kubernetes-ingress-controller dev/bench/data.js kong-kic
take PyEllips+pyElli dev/bench/data.js pyelli
take napi-rs+napi-rs dev/bench/data.js napi-rs
take benchmark-action+github-action-benchmark dev/bench/data.js gab
take CppMicroServices+CppMicroServices dev/bench/data.js cppmicroservices
take partiql+partiql-lang-kotlin dev/bench/data.js partiql
take planetarium+libplanet dev/bench/main/ubuntu-latest/data.js libplanet-ubuntu
take planetarium+libplanet dev/bench/main/linux-8cores/data.js libplanet-linux8
take sourcemeta+blaze benchmark/linux/gcc/data.js blaze-linux-gcc
take sourcemeta+blaze benchmark/linux/llvm/data.js blaze-linux-llvm
take sourcemeta+blaze benchmark/macos/llvm/data.js blaze-macos-llvm
take sourcemeta+blaze benchmark/windows/msvc/data.js blaze-windows-msvc
take nebulastream+nautilus dev/bench/data.js nautilus pages
