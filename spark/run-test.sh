#!/usr/bin/env bash
# The Spark recipe's test: installs pyspark when missing, builds newsgraph, then
# runs spark/test_spark_recipe.py (a minute or more). Prints `SKIP: …` and
# exits 0 when Java is not installed. Meant to be called from .ci/run:
#     bash spark/run-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
    echo "SKIP: no Java on this machine (apt-get install openjdk-17-jre-headless); the Spark test needs it"
    exit 0
fi
if ! python3 -c "import pyspark" >/dev/null 2>&1; then
    echo "installing pyspark"
    python3 -m pip install --quiet --disable-pip-version-check pyspark </dev/null \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages pyspark </dev/null
fi
swift build
NEWSGRAPH_BIN="$(swift build --show-bin-path)/newsgraph" python3 spark/test_spark_recipe.py
