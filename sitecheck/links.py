"""ビルド済みのサイトの内部リンクとアンカーを LinkChecker で検査する (`nox -s links`)。

Markdown に書いたリンクとアンカー (ノートブックのセルも) は、mkdocs build --strict の validation が確かめる。
ここで要るのは、ビルドが見ない HTML に直接書いたもの: マクロの出す GPU の印のリンク、図 (SVG、PNG)、
ノートブックのダウンロード、テーマのリンク。わざと壊した例 tests/fixtures/links では、厳格なビルドが通り、
この検査だけが失敗する (tests/test_harness.py)。同じことをするライブラリ (LinkChecker) を使い、ここは配信と
設定と、結果を「HTML ファイル:行: リンク → 理由」の 1 行ずつにまとめることだけをする。

使い方: python -m sitecheck.links [SITE_DIR] [--linkchecker CMD] [-- LinkChecker への追加の引数]

- SITE_DIR (既定は site/) を 127.0.0.1 の空いているポートで http.server から配信し、すべての HTML ページを
  起点に LinkChecker を実行する。ナビゲーションから辿れないページ (nav に無いページなど) も検査される。
- 外部の URL には接続しない (構文だけを確かめる)。内部のリンクは存在を、`#アンカー` は AnchorCheck
  プラグインで移動先のページにその id (または name) があるかを確かめる。MkDocs のページの URL は
  `tensor/create/#from-list` のようにディレクトリで終わるので、file:// ではアンカーを検査できず
  (LinkChecker の制約)、HTTP で配信する。
- 壊れたリンク (LinkChecker の error) も見つからないアンカー (warning) も失敗。問題ごとに
  「ページ:行: リンク → 理由」を 1 行ずつ表示し、最後に件数をまとめる。終了コードは LinkChecker のもの
  (問題があれば 1)。
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitecheck.site import SITE, QuietHandler, pages, require_site, serve

# LinkChecker の設定。設定ファイルでは # で始まる行が注釈になるので、正規表現の # は [#] と書く
RC = """\
[checking]
threads=10
timeout=30
# ローカルのサーバーなので要求の間隔を空けない (サーバーが LinkChecker ヘッダーを返すときだけ効く)
maxrequestspersecond=1000
robotstxt=0

[filtering]
internlinks=^{base}
checkextern=0
# アンカーつきの内部 URL は、アンカーの有無を確かめるだけで、そのページのリンクを辿り直さない
# (アンカーなしの同じページを辿れば足りる。辿り直すとアンカーの数だけページを解析し直す)
nofollow=
  ^{base}[^#]*[#]

[output]
log=none
verbose=1
warnings=1
fileoutput=csv

[csv]
filename={csv}
parts=urlname,parentname,result,warningstring,valid,url,line

[AnchorCheck]
"""


class _Handler(QuietHandler):
    def end_headers(self) -> None:
        # このヘッダーがあると LinkChecker は要求の頻度の上限 (既定 10/s、実際は平均 3/s ほど) を外す
        self.send_header("LinkChecker", "allow")
        super().end_headers()


def find_linkchecker() -> list[str]:
    beside = Path(sys.executable).parent / "linkchecker"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("linkchecker")
    if not found:
        sys.exit("linkchecker が見つかりません (pip install LinkChecker)")
    return [found]


def report(rows: list[dict], base: str) -> tuple[list[str], dict[str, int]]:
    """LinkChecker の CSV の行から、問題の行 (1 件 1 行) と件数を作る。"""

    def page(url: str) -> str:
        """ページの URL を、サイトの中の HTML ファイルの名前 (site/ からの相対パス) にする。"""
        if not url.startswith(base):
            return url
        path = url.removeprefix(base).split("#")[0]
        return path + "index.html" if path == "" or path.endswith("/") else path

    problems = []
    counts = dict.fromkeys(["pages", "anchors", "external"], 0)
    for row in rows:
        url = row["url"]
        if not url.startswith(base):
            counts["external"] += 1
        elif "#" in url:
            counts["anchors"] += 1
        else:
            counts["pages"] += 1
        reason = None
        if row["valid"] != "True":
            reason = row["result"]
        elif row["warningstring"]:
            reason = re.sub(r"\s+", " ", row["warningstring"]).split(" Available anchors:")[0]
        if reason:
            where = f"{page(row['parentname'])}:{row['line']}" if row["parentname"] else "(起点)"
            problems.append(f"{where}: {row['urlname']} → {reason}")
    return sorted(problems), counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=SITE, help="ビルド済みのサイト (既定: site/)")
    parser.add_argument("--linkchecker", help="LinkChecker のコマンド (既定: この Python の隣か PATH の linkchecker)")
    parser.add_argument("--csv", type=Path, help="LinkChecker の CSV 出力 (すべての URL の結果) をここに残す")
    parser.add_argument("extra", nargs="*", help="LinkChecker にそのまま渡す引数 (-- のあとに書く)")
    args = parser.parse_args(argv)
    site = require_site(args.site)

    # root で実行すると LinkChecker は nobody に権限を落とすので、設定と出力の場所は誰でも読み書きできるようにする
    with (
        tempfile.TemporaryDirectory(prefix="check-links-", ignore_cleanup_errors=True) as tmp,
        serve(site, _Handler) as base,
    ):
        work = Path(tmp)
        work.chmod(0o777)
        urls = [base + path for path in pages(site)]
        out = work / "links.csv"
        rc_path = work / "linkcheckerrc"
        rc_path.write_text(RC.format(base=re.escape(base), csv=out), encoding="utf-8")
        rc_path.chmod(0o644)
        command = [
            *(args.linkchecker.split() if args.linkchecker else find_linkchecker()),
            "--config",
            str(rc_path),
            "--no-status",
            *args.extra,
            *urls,
        ]
        print(f"check-links: {site} を {base} で配信し、{len(urls)} ページを起点に検査します", flush=True)
        start = time.perf_counter()
        result = subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        # parts に intro と outro を入れていないので、CSV に注釈 (# で始まる行) は無い。
        # data: URL は長いことがあるので、CSV の欄の長さの上限 (既定 128 KiB) を外す
        csv.field_size_limit(2**31 - 1)
        with open(out, encoding="utf-8", newline="") if out.exists() else io.StringIO() as f:
            rows = list(csv.DictReader(f, delimiter=";"))
        if args.csv and out.exists():
            shutil.copyfile(out, args.csv)

    # LinkChecker の標準エラーのうち、root から nobody に切り替える旨などの決まった知らせ以外を見せる
    noise = re.compile(r"Running as root user|Checking intern URLs only")
    for line in result.stderr.splitlines():
        if line.strip() and not noise.search(line):
            print(line, file=sys.stderr)
    problems, counts = report(rows, base)
    for line in problems:
        print(line)
    print(
        f"check-links: {len(rows)} URLs ({counts['pages']} internal pages/files and {counts['anchors']} anchors "
        f"checked; {counts['external']} external or data: syntax-only), "
        f"{len(problems)} broken, {elapsed:.0f} s"
    )
    if result.returncode != 0 and not problems:
        print(f"check-links: LinkChecker が終了コード {result.returncode} で終わりました", file=sys.stderr)
    if result.returncode == 0 and problems:  # 念のため: LinkChecker が成功としても問題があれば失敗
        return 1
    return result.returncode if result.returncode >= 0 else 1


if __name__ == "__main__":
    sys.exit(main())
