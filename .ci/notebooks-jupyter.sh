#!/usr/bin/env bash
# The Jupyter route, checked the way an attendee with JupyterLab meets it: register the pinned .NET kernel with Jupyter and
# execute notebooks/00-setup.ipynb through it with nbconvert. The executed copy lands in artifacts/jupyter/.
# Usage: .ci/notebooks-jupyter.sh [notebook …]   (default: notebooks/00-setup.ipynb). Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

notebooks=("$@")
[ ${#notebooks[@]} -eq 0 ] && notebooks=(notebooks/00-setup.ipynb)

# Debian's Jupyter: enough to run a kernel headless (no browser, no JupyterLab).
if ! command -v jupyter-nbconvert >/dev/null || ! /usr/bin/python3 -c 'import nbclient, jupyter_client' 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client
fi

# The kernel pinned in .config/dotnet-tools.json, registered as .net-csharp (and .net-fsharp, .net-pwsh).
export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore
dotnet tool run dotnet-interactive jupyter install
jupyter kernelspec list | grep -q '\.net-csharp' || { echo "the .net-csharp kernelspec is not registered" >&2; exit 1; }

# The bootstrap references the library's Debug build by a path relative to notebooks/.
dotnet build lib/Workshop.Charts -c Debug -nologo -v q -clp:NoSummary

mkdir -p artifacts/jupyter
for notebook in "${notebooks[@]}"; do
  start=$(date +%s)
  # nbconvert runs the kernel in the notebook's folder, as Jupyter does; a cell error fails the command.
  jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=.net-csharp \
    --ExecutePreprocessor.timeout=300 \
    --ExecutePreprocessor.startup_timeout=180 \
    --output-dir artifacts/jupyter "$notebook"
  executed="artifacts/jupyter/$(basename "$notebook")"
  # No error outputs, and every chart carries plotly.js instead of loading it from a CDN.
  /usr/bin/python3 - "$executed" <<'PY'
import json, sys
path = sys.argv[1]
nb = json.load(open(path, encoding="utf-8"))
outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
errors = [o for o in outputs if o.get("output_type") == "error"]
if errors:
    sys.exit(f"{path}: a cell failed: {errors[0].get('evalue', '')[:500]}")
def text(v): return "".join(v) if isinstance(v, list) else (v or "")
charts = [text(o.get("data", {}).get("text/html")) for o in outputs]
charts = [h for h in charts if "Plotly.newPlot" in h]
if any("plotly.js v2.28.0" not in h or "cdn.plot.ly/plotly" in h for h in charts):
    sys.exit(f"{path}: a chart does not embed plotly.js")
print(f"{path}: {len([c for c in nb['cells'] if c['cell_type'] == 'code'])} code cells ran, {len(charts)} chart(s) with embedded plotly.js")
PY
  echo "$(basename "$notebook") through Jupyter: $(( $(date +%s) - start )) s"
done

# The executed copies `workshop run` wrote (if it ran before this script) must be valid notebooks for Jupyter too.
if compgen -G "artifacts/notebooks/*.ipynb" >/dev/null; then
  /usr/bin/python3 - <<'PY'
import glob, nbformat
for path in sorted(glob.glob("artifacts/notebooks/*.ipynb")):
    nbformat.validate(nbformat.read(path, as_version=4))
    print(f"{path}: valid nbformat")
PY
fi
