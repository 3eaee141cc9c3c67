"""Lighthouse CI でビルド済みのサイトを測る (nox -s lighthouse)。

    python -m sitecheck.lighthouse [URL のパス ...]    # 既定はすべてのページ (ホームは "")

測ることと判定は Lighthouse CI (`lhci collect`、`lhci assert`、設定と目標は lighthouserc.cjs) が行う。ここで
するのは、測るページの一覧を渡すことと、結果 (report/lighthouse/manifest.json) を読者に見せる表にすることだけ:
各カテゴリの点数の中央値 (判定と同じ)、要素の数と転送量 (LHCI が代表に選んだ回)。表は標準出力と
report/lighthouse/summary.md に書き、判定の前に表示する。
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from sitecheck.site import ROOT, SITE, pages, require_site

OUT = ROOT / "report" / "lighthouse"
LHCI = ["npx", "--no", "--", "lhci"]
CATEGORIES = {
    "performance": "性能",
    "accessibility": "アクセシビリティ",
    "best-practices": "ベストプラクティス",
    "seo": "SEO",
}


def table(manifest: list[dict]) -> str:
    by_page: dict[str, list[dict]] = {}
    for entry in manifest:
        by_page.setdefault(urlsplit(entry["url"]).path, []).append(entry)
    lines = [
        "| ページ | 回数 | " + " | ".join(CATEGORIES.values()) + " | 要素の数 | 転送量 (KiB) |",
        "|---" * (len(CATEGORIES) + 4) + "|",
    ]
    for page, runs in sorted(by_page.items()):
        medians = [statistics.median(run["summary"][key] for run in runs) for key in CATEGORIES]
        representative = next(run for run in runs if run["isRepresentativeRun"])
        audits = json.loads(Path(representative["jsonPath"]).read_text(encoding="utf-8"))["audits"]
        elements = int(audits["dom-size"].get("numericValue") or 0)
        weight = audits["total-byte-weight"]["numericValue"] / 1024
        cells = " | ".join(f"{score:.2f}" for score in medians)
        lines.append(f"| {page} | {len(runs)} | {cells} | {elements:,} | {weight:,.0f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    chosen = argv or list(pages(require_site(SITE)))
    subprocess.run([*LHCI, "collect", *(f"--url=/{path}" for path in chosen)], cwd=ROOT, check=True)
    subprocess.run([*LHCI, "upload", f"--outputDir={OUT}"], cwd=ROOT, check=True)
    summary = table(json.loads((OUT / "manifest.json").read_text(encoding="utf-8")))
    (OUT / "summary.md").write_text(summary, encoding="utf-8")
    print(summary)
    return subprocess.run([*LHCI, "assert"], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
