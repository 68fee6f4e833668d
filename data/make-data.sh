#!/usr/bin/env bash
# Regenerates the data files in this folder from Debian packages, byte for byte:
#   sudo apt-get install -y python3-sklearn dataset-fashion-mnist
#   data/make-data.sh            # writes the files, then checks them against SHA256SUMS
# gzip -n leaves out the file name and time stamp, so the same input always gives the same bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
digits_src=/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz
fashion_src=/usr/share/datasets/fashion-mnist

for f in "$digits_src" "$fashion_src/train-images-idx3-ubyte.gz" "$fashion_src/train-labels-idx1-ubyte.gz" \
         "$fashion_src/t10k-images-idx3-ubyte.gz" "$fashion_src/t10k-labels-idx1-ubyte.gz"; do
  if [ ! -f "$f" ]; then
    echo "missing $f; install it with: sudo apt-get install -y python3-sklearn dataset-fashion-mnist" >&2
    exit 1
  fi
done

# 1. UCI 8x8 digits: sklearn's file has no header (64 pixel counts 0..16, then the digit); add one.
{
  printf 'pixel_%d,' $(seq 0 63)
  echo label
  gzip -dc "$digits_src"
} | gzip -n -9 > "$here/digits.csv.gz"

# 2. Fashion-MNIST: the first 30 000 training images and labels (the header's count rewritten to 30 000) ...
python3 - "$fashion_src" "$here" <<'PY'
import gzip, struct, sys
src, out = sys.argv[1], sys.argv[2]
keep = 30000
for kind, item in (("images-idx3", 28 * 28), ("labels-idx1", 1)):
    raw = gzip.open(f"{src}/train-{kind}-ubyte.gz").read()
    rank = raw[3]
    dims = list(struct.unpack(f">{rank}i", raw[4:4 + 4 * rank]))
    assert raw[:3] == b"\x00\x00\x08" and dims[0] == 60000, f"unexpected header in train-{kind}"
    dims[0] = keep
    body = raw[4 + 4 * rank:][: keep * item]
    with open(f"{out}/fashion-mnist-train-30k-{kind}-ubyte", "wb") as f:
        f.write(raw[:4] + struct.pack(f">{rank}i", *dims) + body)
PY
for kind in images-idx3 labels-idx1; do
  gzip -n -9 -f "$here/fashion-mnist-train-30k-$kind-ubyte"
done

# ... and the official 10 000-image test set, copied unchanged from the Debian package.
cp "$fashion_src/t10k-images-idx3-ubyte.gz" "$here/fashion-mnist-t10k-images-idx3-ubyte.gz"
cp "$fashion_src/t10k-labels-idx1-ubyte.gz" "$here/fashion-mnist-t10k-labels-idx1-ubyte.gz"

cd "$here"
# New files: "sha256sum *.gz > SHA256SUMS" once, then update RealData.cs and README.md to match.
sha256sum -c SHA256SUMS
