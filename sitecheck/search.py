"""ビルド済みのサイトの検索を、ブラウザと同じ Material の検索のコード (search.mjs を Node.js で) で引く。"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).with_name("search.mjs")


def search(site: Path, queries: list[str]) -> dict[str, list[list[str]]]:
    """{検索語: 結果}。結果は画面と同じページごとのグループの並びで、各グループは項目の location の並び。"""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("Node.js (node) が見つかりません。サイトの検索を確かめるのに要ります")
    done = subprocess.run(
        [node, str(SCRIPT), str(site)], input=json.dumps(queries), capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{SCRIPT.name} が終了コード {done.returncode} で終わりました:\n{done.stderr}")
    return json.loads(done.stdout)


def page_of(location: str) -> str:
    """項目の location ("optim/#clipping") のページ ("optim/")。"""
    return location.split("#")[0]


def titles(site: Path) -> dict[str, set[str]]:
    """索引にあるページと節の見出し (画面に出る文字列) と、その見出しを持つページ。"""
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    found: dict[str, set[str]] = {}
    for doc in docs:
        title = html.unescape(re.sub(r"<[^>]+>", "", doc["title"])).strip()
        if title:
            found.setdefault(title, set()).add(page_of(doc["location"]))
    return found
