#!/usr/bin/env bash
# Renders media/icon.svg to the 128×128 media/icon.png the Marketplace shows.
# Uses rsvg-convert from Debian's librsvg2-bin: nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null; then
  echo "rsvg-convert not found: install it with 'apt-get install -y librsvg2-bin'" >&2
  exit 2
fi
rsvg-convert --width 128 --height 128 --format png --output media/icon.png media/icon.svg
echo "media/icon.png written from media/icon.svg"
