"""Lighthouse でビルド済みのサイトを採点するベンチマーク (pytest のテストではありません)。

サイト (既定は site/) を 127.0.0.1 で配信し、すべてのページを Lighthouse (既定は mobile) で 1 回ずつ測り、
性能・アクセシビリティ・ベストプラクティス・SEO の点数と、ページの要素の数と転送量を表にします。性能の点数は
同じページでも実行ごとに揺れるので、要素の数が多い (重い) --heaviest 本 (既定 5) は、さらに測って合計
--runs 回 (既定 3) の中央値を採ります。目標 (CATEGORIES) に届かない点数には表で ✗ をつけ、点数を下げている
監査項目を表示します。目標 (--min で下げたときはその下限) を下回る点数があれば終了コード 1 で終わります。

    npm ci                                       # package.json / package-lock.json の lighthouse (バージョン固定)
    python -m sitecheck.lighthouse               # nox -s lighthouse の中身 (全ページ、重い 5 本は 3 回)
    python -m sitecheck.lighthouse --preset desktop tensor/ops/
    python -m sitecheck.lighthouse "" tensor/ops/ --heaviest 0 --min performance=0.5   # .ci/run の抜き取り

- Lighthouse はリポジトリのルートの node_modules から `npx --no -- lighthouse` で実行する (ダウンロードはしない)。
- ブラウザは CHROME_PATH (なければ PATH 上の chromium / google-chrome) を使う。
- 本番の GitHub Pages と同じように、テキストのファイルを gzip で圧縮し Cache-Control: max-age=600 を付けて配信する。
- 結果は --out (既定: report/lighthouse) に、ページごとの JSON と HTML のレポートと summary.md を書く。
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

from sitecheck.site import CHROMIUM_FLAGS, ROOT, SITE, QuietHandler, chromium, pages, require_site, serve

CATEGORIES = {
    "performance": ("性能", 0.95),
    "accessibility": ("アクセシビリティ", 0.95),
    "best-practices": ("ベストプラクティス", 1.0),
    "seo": ("SEO", 1.0),
}
CHROME_FLAGS = " ".join(("--headless=new", *CHROMIUM_FLAGS))
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class GzipHandler(QuietHandler):
    """GitHub Pages のように、テキストを gzip で送り、Cache-Control: max-age=600 を付ける。"""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        ctype = self.guess_type(str(path))
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and ctype.startswith(COMPRESSIBLE)):
            return super().send_head()
        data = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(data)


@cache
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


def lighthouse(url: str, output: Path, preset: str, chrome: str) -> dict:
    command = [
        "npx", "--no", "--", "lighthouse", url,
        "--output=json", "--output=html", f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]  # fmt: skip
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "CHROME_PATH": chrome})
    return json.loads(output.with_suffix(".report.json").read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, float | None]:
    return {key: report["categories"][key]["score"] for key in CATEGORIES}


def failing_audits(report: dict, category: str) -> list[str]:
    """点数を下げている監査項目 (性能なら指標と、改善の余地が大きいもの)。"""
    audits = report["audits"]
    lines = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        score = audit.get("score")
        if score is None or audit.get("scoreDisplayMode") in ("informative", "notApplicable", "manual"):
            continue
        if category == "performance":
            failing = score < 0.9 if ref.get("group") == "metrics" else score < 0.5
        else:
            failing = score < 1
        if not failing:
            continue
        line = f"{ref['id']} ({score:.2f}, 重み {ref['weight']}): {audit['title']}"
        if audit.get("displayValue"):
            line += f" — {audit['displayValue']}"
        lines.append(line)
        items = (audit.get("details") or {}).get("items") or []
        for item in items[:3]:
            node = item.get("node") if isinstance(item, dict) else None
            if node:
                detail = (node.get("explanation") or "").replace("\n", " ")
                lines.append(f"    {node.get('snippet', '')[:120]}  {detail[:200]}")
            elif isinstance(item, dict) and item.get("url"):
                lines.append(f"    {item['url'][:120]}")
    return lines


def dom_size(report: dict) -> int:
    return int(report["audits"]["dom-size"].get("numericValue") or 0)


def measure(
    base: str, pages: list[str], out: Path, preset: str, heaviest: int, runs: int, chrome: str
) -> list[tuple[str, dict, int]]:
    """各ページを 1 回測り、要素の数が多い heaviest 本は合計 runs 回測る。
    (ページ, 性能の点数が中央値の回のレポート, 測った回数) の一覧を返す。"""
    out.mkdir(parents=True, exist_ok=True)

    def run(path: str, number: int) -> dict:
        slug = path.strip("/").replace("/", "-") or "home"
        print(f"  {preset} /{path} ({number})", flush=True)
        return lighthouse(base + path, out / f"{slug}-{number}", preset, chrome)

    reports = {path: [run(path, 1)] for path in pages}
    heavy = sorted(pages, key=lambda path: dom_size(reports[path][0]), reverse=True)[:heaviest]
    for path in heavy:
        reports[path] += [run(path, number) for number in range(2, runs + 1)]
    results = []
    for path in pages:
        ordered = sorted(reports[path], key=lambda r: r["categories"]["performance"]["score"] or 0)
        results.append((path or "/", ordered[(len(ordered) - 1) // 2], len(ordered)))  # 偶数回なら低いほう
    return results


def table(results: list[tuple[str, dict, int]], preset: str) -> str:
    """点数、要素の数、転送量の表。目標 (CATEGORIES) に届かない点数には ✗ をつける。"""
    lines = [
        f"| ページ ({preset}) | 回数 | "
        + " | ".join(label for label, _ in CATEGORIES.values())
        + " | 要素の数 | 転送量 (KiB) |",
        "|---" * (len(CATEGORIES) + 4) + "|",
    ]
    for path, report, count in results:
        cells = []
        for key, (_, target) in CATEGORIES.items():
            score = scores(report)[key]
            cells.append("-" if score is None else f"{score:.2f}" + ("" if score >= target else " ✗"))
        weight = report["audits"]["total-byte-weight"]["numericValue"] / 1024
        lines.append(f"| {path} | {count} | " + " | ".join(cells) + f" | {dom_size(report):,} | {weight:,.0f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help='測るページの URL のパス (既定: すべてのページ。ホームは "")')
    parser.add_argument("--site", type=Path, default=SITE, help="ビルド済みのサイト (既定: site/)")
    parser.add_argument("--out", default="report/lighthouse", help="レポートの保存先 (既定: report/lighthouse)")
    parser.add_argument(
        "--preset", choices=("mobile", "desktop"), action="append", help="何度でも指定できる (既定: mobile)"
    )
    parser.add_argument("--heaviest", type=int, default=5, help="要素の数が多い何本を繰り返し測るか (既定: 5)")
    parser.add_argument("--runs", type=int, default=3, help="重いページを測る回数。性能の中央値の回を採る (既定: 3)")
    parser.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="CATEGORY=SCORE",
        help="終了コードを決める下限を目標より下げる (例: --min performance=0.5)。表の ✗ は目標のまま。"
        "CATEGORY は " + ", ".join(CATEGORIES),
    )
    args = parser.parse_args()
    minimum = {key: target for key, (_, target) in CATEGORIES.items()}
    for item in args.min:
        key, _, value = item.partition("=")
        if key not in CATEGORIES or not value:
            parser.error(f"--min {item}: CATEGORY=SCORE の形で、CATEGORY は {', '.join(CATEGORIES)}")
        minimum[key] = float(value)

    site = require_site(args.site)
    chosen = args.pages or list(pages(site))
    chrome = chromium() or sys.exit("Chromium が見つかりません。CHROME_PATH で実行ファイルを指定してください")
    version = subprocess.run(
        ["npx", "--no", "--", "lighthouse", "--version"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()

    with serve(site, GzipHandler) as base:
        print(f"Lighthouse {version}、{chrome}、{base} (gzip)、{len(chosen)} ページ")
        presets = args.preset or ["mobile"]
        results = {
            preset: measure(base, chosen, Path(args.out) / preset, preset, args.heaviest, args.runs, chrome)
            for preset in presets
        }

    targets = "、".join(f"{label} ≥ {target}" for label, target in CATEGORIES.values())
    summary = "\n\n".join(table(rows, preset) for preset, rows in results.items())
    summary += f"\n\n目標: {targets} (✗ は目標に届かない点数。回数が 2 回以上のページの点数は性能が中央値の回)\n"
    print("\n" + summary)
    (Path(args.out) / "summary.md").write_text(summary, encoding="utf-8")

    failures = 0
    for preset, rows in results.items():
        for path, report, _ in rows:
            for key, (label, target) in CATEGORIES.items():
                score = scores(report)[key]
                if score is not None and score >= target:
                    continue
                below = score is None or score < minimum[key]
                failures += below
                limit = f"、下限 {minimum[key]} を下回る" if below else ""
                print(f"\n{preset} {path}: {label} {score} (目標 {target}{limit})")
                for audit in failing_audits(report, key):
                    print(f"  {audit}")
    print(f"\nNG: 下限に届かない点数が {failures} 件" if failures else "\nOK: 下限を下回る点数はありません")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
