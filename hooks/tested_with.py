"""各ページの末尾に「動作確認」の枠を表示する (mkdocs.yml の hooks)。

中身は最新のテスト実行の記録 report/tested-with-<device>.json (tests/conftest.py が書く) から作り、
手では書かない。ページが読み込むスニペット (ノートブックのページならそのノートブック) のうち、
各デバイスで合格したものの数を表示する。枠は検索の索引には入れない。
"""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "report"
INCLUDE = re.compile(r'^\s*-{1,2}8<-{1,2}\s+"(snippets/[^"]+\.py)"', re.MULTILINE)
DEVICE_NAMES = {"cpu": "CPU", "cuda": "GPU (CUDA)"}

_reports: list[dict] = []


def on_config(config):
    _reports[:] = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("tested-with-*.json"))]


def _scripts(page) -> set[str]:
    if getattr(page, "nb_url", None):  # ノートブックのページ (mkdocs-jupyter)
        return {f"docs/{page.file.src_path}"}
    return set(INCLUDE.findall(page.markdown or ""))


def _line(report: dict, scripts: set[str]) -> str:
    device = DEVICE_NAMES.get(report["device"], report["device"])
    if report.get("gpu"):
        device += f" ({report['gpu']})"
    passed = len(scripts & set(report["passed"]))
    return (
        f"{device}: torch {report['torch']}、Python {report['python']} ({report['platform']}) で "
        f"{len(scripts)} 本中 {passed} 本が合格 ({report['date']})"
    )


def on_page_content(html, page, config, files):
    scripts = _scripts(page)
    if not scripts:
        return html
    lines = [_line(report, scripts) for report in _reports]
    if not lines:
        lines = ["テストの記録がありません (<code>nox -s tests</code> を実行すると記録されます)"]
    if not any(report["device"] == "cuda" for report in _reports):
        lines.append("GPU (CUDA) ではまだ実行していません")
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (
        f'{html}<div class="admonition info tested-with" data-search-exclude><p class="admonition-title">動作確認</p>'
        f"<p>このページのコードを実行してテストした記録です (テストが自動で書き出します)。</p><ul>{items}</ul></div>"
    )
