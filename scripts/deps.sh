# Installs what the build and the tests need, only when it is missing, so every
# script that sources this is idempotent and quick on a machine that has it all.
# Sourced by scripts/run-sample.sh, scripts/test.sh and .ci/run; not run alone.

# Debian packages the build needs: libxml2 for the GraphML writer (found by pkg-config).
NEWSGRAPH_BUILD_DEBS=(libxml2-dev libsqlite3-dev pkg-config)
# ...and the tests: xmllint (GraphML schema), dot and a CJK font (DOT renders cleanly).
NEWSGRAPH_TEST_DEBS=(libxml2-utils graphviz fonts-noto-cjk)
# Python modules the interop checks of Tests/interop import (PyPI name = module name).
NEWSGRAPH_TEST_PYTHON=(networkx igraph rdflib pyld pyoxigraph jieba)

# Runs a command as root: directly when we are root (CI), else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_debs PACKAGE...: apt-get installs the packages that dpkg does not list as installed.
ensure_debs() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

# ensure_python MODULE...: pip installs the modules python3 cannot import.
ensure_python() {
    command -v python3 >/dev/null 2>&1 || ensure_debs python3 python3-pip
    python3 -m pip --version >/dev/null 2>&1 || ensure_debs python3-pip
    local missing=() m
    for m in "$@"; do
        python3 -c "import $m" >/dev/null 2>&1 || missing+=("$m")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "installing Python packages: ${missing[*]}"
    # Debian's own python3 refuses pip installs outside a venv (PEP 668) unless told.
    python3 -m pip install --quiet --disable-pip-version-check "${missing[@]}" </dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${missing[@]}" </dev/null
}
