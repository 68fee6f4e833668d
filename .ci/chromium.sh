#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the charts browser test (tests/Workshop.Charts.Tests/BrowserTests.cs).
# Without it that test is skipped, not failed, so run this before `dotnet test` in CI.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
chromium --version
