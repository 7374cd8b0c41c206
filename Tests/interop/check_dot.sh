#!/usr/bin/env bash
# Check that a NewsGraph DOT file renders: `dot -Tsvg FILE` must exit 0 with
# nothing on stderr (no warning: fonts, syntax, charset), and the SVG must be
# well-formed XML (xmllint, when installed), and every fontname must be an
# installed font (fc-list, when installed).
#
# Usage: check_dot.sh FILE.dot
# Exit 0 when it renders cleanly; 1 otherwise; 2 on usage errors; 127 if dot is missing.
set -u
if [ "$#" -ne 1 ]; then
    echo "usage: $(basename -- "$0") FILE.dot" >&2
    exit 2
fi
if ! command -v dot >/dev/null 2>&1; then
    echo "check_dot.sh: dot not found (Debian package graphviz)" >&2
    exit 127
fi
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
dot -Tsvg "$1" -o "$tmp/out.svg" 2>"$tmp/err"
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$tmp/err" ]; then
    echo "FAIL: dot -Tsvg exited $rc with stderr:" >&2
    cat "$tmp/err" >&2
    exit 1
fi
# SVG output only names the font, so dot does not warn about a missing one: ask fontconfig.
if command -v fc-list >/dev/null 2>&1; then
    while IFS= read -r font; do
        if [ -z "$(fc-list ":family=$font")" ]; then
            echo "FAIL: font \"$font\" named in $1 is not installed (fc-list)" >&2
            exit 1
        fi
    done < <(grep -o 'fontname="[^"]*"' "$1" | sed 's/^fontname="//; s/"$//' | sort -u)
fi
if command -v xmllint >/dev/null 2>&1 && ! xmllint --noout --nonet "$tmp/out.svg"; then
    echo "FAIL: the SVG dot wrote is not well-formed XML" >&2
    exit 1
fi
echo "$1: dot -Tsvg renders cleanly ($(wc -c <"$tmp/out.svg") bytes of SVG)"
