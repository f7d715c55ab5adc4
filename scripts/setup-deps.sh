#!/usr/bin/env bash
# Installs the Debian packages dyad builds against, when any is missing.
# Called by the Makefile before every build; a no-op on a machine that has them.
set -euo pipefail
pkgs=(cmake g++ make pkg-config libsqlite3-dev zlib1g-dev libsimdjson-dev libmodest-dev
      libcli11-dev libgtest-dev libbenchmark-dev wordnet-base festlex-poslex)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
