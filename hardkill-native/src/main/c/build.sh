#!/usr/bin/env bash
# Builds libretire_hardkill.so into the jar's native directory and records its SHA-256, which the
# loader checks before it maps the library.
#  -z nodelete: a dlclose (jffi's cleaner) must never unmap code a watchdog thread is running.
set -euo pipefail
source_file=$1
out_dir=$2
mkdir -p "$out_dir"
gcc -O2 -Wall -Wextra -Werror -std=c11 -fPIC -shared -Wl,-z,nodelete -o "$out_dir/libretire_hardkill.so" \
    "$source_file" -lpthread
sha256sum "$out_dir/libretire_hardkill.so" | cut -d' ' -f1 > "$out_dir/libretire_hardkill.so.sha256"
