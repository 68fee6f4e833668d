#!/usr/bin/env bash
# The ONE set-up script of the kit: the classroom image (binder/Dockerfile), the dev container (.devcontainer) and CI
# (.ci/run) all run it, so the image's recipe is the one CI tests. It makes a machine ready to run every notebook and
# every lesson app with nothing left to download, so a room of attendees does not hit the package registry at 9 am.
#
#   system part (only as root):  the .NET SDK (pinned, if no 10.0 SDK is there), the native libraries .NET needs, and
#                                Jupyter from apt when it is missing (a Jupyter base image already has it)
#   user part:                   the pinned kernel tool (dotnet tool restore), the .NET kernels registered with Jupyter,
#                                every pinned package restored and the library built (dotnet build Workshop.sln), and a
#                                warm-up: notebooks/00-setup run in the kernel (fills the kernel's own #r nuget caches)
#                                and, where the CLI has `export --apps`, as a file-based app
#
# Each step is skipped when already done; the build and warm-up are skipped when nothing they depend on changed since the
# last successful run (a stamp under ~/.cache/workshop), so running it again takes seconds.
# Usage: scripts/setup-image.sh [--system-only | --user-only] [--no-warm-up] [--force]
set -euo pipefail
cd "$(dirname "$0")/.."

DOTNET_SDK_VERSION=10.0.401          # the SDK the kit is checked on (global.json accepts any 10.0.1xx or later)
DOTNET_INSTALL_DIR=/usr/share/dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1

system=1 user=1 warm_up=1 force=0
for arg in "$@"; do
  case "$arg" in
    --system-only) user=0 ;;
    --user-only) system=0 ;;
    --no-warm-up) warm_up=0 ;;
    --force) force=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "setup-image.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

started=$(date +%s)
step() { printf '== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }
have() { command -v "$1" >/dev/null 2>&1; }
has_sdk() { have dotnet && dotnet --list-sdks 2>/dev/null | grep -q '^10\.0\.'; }

apt_updated=0
apt_install() {
  [ "$apt_updated" = 1 ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ "$system" = 1 ] && [ "$(id -u)" = 0 ] && have apt-get; then
  # .NET needs ICU, OpenSSL and zlib; the names carry a version that differs between Debian and Ubuntu releases.
  if ! ldconfig -p | grep -q 'libicuuc\.so'; then
    step "ICU for .NET"
    apt-get update -qq; apt_updated=1
    apt_install "$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -1)"
  fi
  ldconfig -p | grep -q 'libssl\.so\.3' || { step "OpenSSL for .NET"; apt_install libssl3 || apt_install libssl3t64; }
  have curl || { step "curl and certificates"; apt_install curl ca-certificates; }

  if ! has_sdk; then
    step ".NET SDK $DOTNET_SDK_VERSION into $DOTNET_INSTALL_DIR (Microsoft's dotnet-install)"
    curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --version "$DOTNET_SDK_VERSION" --install-dir "$DOTNET_INSTALL_DIR" --no-path
    ln -sf "$DOTNET_INSTALL_DIR/dotnet" /usr/local/bin/dotnet
    rm -f /tmp/dotnet-install.sh
  fi

  # Jupyter only where none is installed (the image's base already has JupyterLab; Debian CI gets Debian's packages).
  if ! have jupyter; then
    step "Jupyter (Debian packages: enough to run kernels headless)"
    apt_install jupyter-client jupyter-nbconvert python3-nbclient python3-ipykernel
  fi
fi

[ "$user" = 1 ] || { step "system part done"; exit 0; }
has_sdk || { echo "setup-image.sh: no .NET 10 SDK on PATH; run this script as root once (it installs $DOTNET_SDK_VERSION), or install it from https://dot.net" >&2; exit 1; }

step "the pinned kernel tool (dotnet tool restore)"
dotnet tool restore >/dev/null

# WORKSHOP_KERNELS_DIR puts the kernel specs in a folder of the image (e.g. Jupyter's own share/jupyter/kernels) instead of
# ~/.local/share/jupyter, so a home volume mounted by JupyterHub cannot hide them.
if have jupyter; then
  registered() {
    if [ -n "${WORKSHOP_KERNELS_DIR:-}" ]; then [ -f "$WORKSHOP_KERNELS_DIR/.net-csharp/kernel.json" ]
    else jupyter kernelspec list 2>/dev/null | grep -q '\.net-csharp '; fi
  }
  if registered; then
    step "the .NET kernels are registered with Jupyter already"
  elif [ -n "${WORKSHOP_KERNELS_DIR:-}" ]; then
    step "registering the .NET kernels in $WORKSHOP_KERNELS_DIR"
    mkdir -p "$WORKSHOP_KERNELS_DIR"
    dotnet tool run dotnet-interactive -- jupyter install --path "$WORKSHOP_KERNELS_DIR"
  else
    step "registering the .NET kernels with Jupyter (.net-csharp, .net-fsharp, .net-pwsh)"
    dotnet tool run dotnet-interactive -- jupyter install
  fi
else
  step "no Jupyter here: skipping kernel registration (VS Code's Polyglot Notebooks and the apps do not need it)"
fi

# What the build and warm-up depend on: if none of it changed since the last good run, they have nothing to do.
stamp_dir="${XDG_CACHE_HOME:-$HOME/.cache}/workshop"
inputs=$( { dotnet --version
            find Directory.Build.props Directory.Packages.props global.json .config lib tools notebooks bench tests \
                 -type d \( -name bin -o -name obj \) -prune -o -type f -print 2>/dev/null \
              | LC_ALL=C sort | xargs -d '\n' sha256sum
            echo "warm-up=$warm_up"; } | sha256sum | cut -c1-16)
stamp="$stamp_dir/setup-$inputs"
built() { [ -f lib/Workshop.Charts/bin/Debug/net10.0/Workshop.Charts.dll ] && [ -f lib/Workshop.DeepLearning/bin/Debug/net10.0/Workshop.DeepLearning.dll ]; }

if [ "$force" = 0 ] && [ -f "$stamp" ] && built; then
  step "packages restored, library built and warm-up done for exactly these sources (stamp $inputs): nothing to do"
  exit 0
fi

step "every pinned package into the NuGet cache, and the library built (dotnet build Workshop.sln)"
dotnet build Workshop.sln -c Debug -nologo -v q -clp:NoSummary

if [ "$warm_up" = 1 ]; then
  step "warm-up: notebooks/00-setup in the kernel (its #r nuget restore and first compile, cached for the attendee)"
  dotnet tools/Workshop.Cli/bin/Debug/net10.0/workshop.dll run --no-build --out artifacts/setup notebooks/00-setup.ipynb

  if dotnet tools/Workshop.Cli/bin/Debug/net10.0/workshop.dll export --apps --out artifacts/apps >/dev/null 2>&1; then
    step "warm-up: 00-setup as a file-based app (restores and compiles what every lesson app shares)"
    dotnet run --file artifacts/apps/00-setup.cs >/dev/null
  else
    step "warm-up: this CLI has no \`export --apps\` yet; skipping the file-based app"
  fi
fi

mkdir -p "$stamp_dir"
rm -f "$stamp_dir"/setup-*
date -u +%FT%TZ >"$stamp"
step "ready"
