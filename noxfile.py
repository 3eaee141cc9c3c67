"""開発用のコマンド集。`nox -l` で一覧を表示します。

流れ: tests (スニペットをデバイスごとに 1 回、ページの検査) → docs (サイトを 1 回ビルドして site/ に) →
copy_paste・links・e2e (その site/ を検査) → lighthouse・bench (数字を出すだけ)。.ci/run はこの順に実行する。
"""

import json
import os
import sys
import time
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests", "docs"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
ENV = {"NO_MKDOCS_2_WARNING": "1"}
REPORT = Path("report")


def install(session: nox.Session, *groups: str, env: dict | None = None) -> None:
    session.install(*(req for group in groups for req in nox.project.dependency_groups(PYPROJECT, group)), env=env)


def install_site(session: nox.Session) -> None:
    """サイトのビルドに要るもの: docs のグループと、このリポジトリの pipeline/ (mkdocs.yml が import する)。"""
    install(session, "docs")
    session.install("-e", ".", "--no-deps")


@nox.session
def tests(session: nox.Session) -> None:
    """すべてのテスト: スニペット (cpu と、あれば cuda)、ページの検査、ページに直接書いた例、ハーネス自身。

    既定のデバイスを変える確認 (GPU のマシンでは --default-device cuda) の仕組みも、CPU を代わりに使って
    20 本で確かめる。
    """
    install(session, "test")
    stand_in = ["--default-device", "cpu", "--default-device-sample", "20"]
    session.run("pytest", "--codeblocks", "tests", "docs", *stand_in, *session.posargs)


@nox.session
def newest(session: nox.Session) -> None:
    """最新のリリース (pyproject.toml の newest) を PyPI の既定のビルドで入れ、すべてのスニペット、ノートブック、
    チートシートを CPU で実行する。fork を使わない起動の方式 (spawn、Windows の既定) で実行するので、
    その道筋の確認も兼ねる。

    `-- --update-outputs` で、この版の出力 (<名前>.newest.out) と記録 (snippets/records/newest.json) を書き直す。
    環境変数 TORCH=latest では、PyPI にある最新のリリースを何であれ入れ、出力の変わったスニペットを一覧にして失敗する
    (毎週の定期実行)。
    """
    # 既定のビルド (Linux では CUDA 版) を PyPI から入れる。CPU 版の索引や、torch の版の上限の制約を外す
    env = {"PIP_EXTRA_INDEX_URL": "", "PIP_CONSTRAINT": "/dev/null" if os.name != "nt" else "NUL"}
    install(session, "test-newest", env=env)
    if os.environ.get("TORCH") == "latest":
        session.install("--upgrade", "torch", env=env)
    session.run("python", "-c", "import torch; print('torch', torch.__version__, 'CUDA', torch.version.cuda)")
    session.run(
        "pytest",
        "tests/test_snippets.py",
        "docs",
        "--codeblocks",
        "--device",
        "cpu",
        "--runner",
        "spawn",
        "-q",
        "-rf",
        *session.posargs,
        env={"SNIPPET_RUNNER": "spawn"},
    )


@nox.session
def outputs(session: nox.Session) -> None:
    """スニペットを CPU で実行し、出力ファイル (.out) を書き直す。`-- --snippet snippets/…/x.py` で 1 本だけ。"""
    install(session, "test")
    session.run("pytest", "tests/test_snippets.py", "--device", "cpu", "--update-outputs", "-q", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """サイトを厳格モードでビルドする (site/)。「動作確認」の枠は report/ にあるテストの記録から作る。"""
    install_site(session)
    start = time.perf_counter()
    session.run("mkdocs", "build", "--strict", *session.posargs, env=ENV)
    REPORT.mkdir(exist_ok=True)
    (REPORT / "build.json").write_text(json.dumps({"build_s": round(time.perf_counter() - start, 2)}) + "\n")


@nox.session
def serve(session: nox.Session) -> None:
    """http://127.0.0.1:8000/ でプレビュー。docs/ と snippets/ の変更を監視して再ビルドする。"""
    install_site(session)
    session.run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", env=ENV)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff による静的検査と書式の確認。"""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def copy_paste(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の Python のコードを、読者が貼り付けたとおりに実行し、出力を比べる。"""
    install(session, "copy-paste")
    session.run("python", "-m", "sitecheck.copy_paste", *session.posargs)


@nox.session
def links(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) の内部リンクとアンカーを LinkChecker で検査する。外部の URL には接続しない。

    Markdown のリンクは mkdocs build --strict が確かめる。これが見つけるのは、HTML に直接書いたリンク (マクロの
    出すもの、図、ノートブックのダウンロード) の壊れ (sitecheck/links.py)。
    """
    install(session, "links")
    session.run("python", "-m", "sitecheck.links", *session.posargs)


@nox.session
def e2e(session: nox.Session) -> None:
    """ビルド済みのサイト (site/) をブラウザ (Chromium) と検索 (Node.js) で確かめる。"""
    install(session, "e2e")
    session.run("pytest", "tests/site", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=False)
def lighthouse(session: nox.Session) -> None:
    """Lighthouse CI でビルド済みの site/ を測り (設定と目標は lighthouserc.cjs)、ページごとの表を出して判定する。

    `-- tensor/ops/ ""` のように URL のパスを渡すと、そのページだけを測る (既定: すべてのページ、ホームは "")。
    """
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("python3", "-m", "sitecheck.lighthouse", *session.posargs, external=True)


@nox.session(python=False)
def textlint(session: nox.Session) -> None:
    """日本語の文章の検査 (textlint + preset-ja-technical-writing、設定は .textlintrc.json)。"""
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("npx", "textlint", "docs", external=True)


@nox.session
def bench(session: nox.Session) -> None:
    """ベンチマーク: 数字を表示して report/bench.json に残す (目標に届かなくても失敗にはしない)。

    - `import torch` の時間 (3 回の最小)。
    - スクリプト全体の実行 (nox -s tests の記録 report/timings-cpu.json): 壁時計の時間と、その下限
      (いちばん長い 1 本の時間と、時間の合計 ÷ 並列数の大きいほう)。目標は下限の 1.1 倍以内。
      記録が無いか一部だけの実行のものなら、`nox -R -s tests -- --all` を実行して作る。
    - スニペットを 1 本変えたあとの `nox -R -s tests`。目標は `import torch` の 10 倍以内。変えたことは、
      時間が中央値のスニペットの手元の合格の記録 (report/passes/) を消して作る (中身を書き換えると、
      コミットした記録と合わなくなってテストが失敗するため。実行し直すのは、中身を変えたときと同じ 1 本)。
    - 何も変えずにもう 1 度 `nox -R -s tests`。
    - mkdocs build --strict の時間 (nox -s docs の記録 report/build.json。無ければ作るコマンドを示す)。
    """
    install(session, "snippets")
    timings_path = REPORT / "timings-cpu.json"

    def tests(*args: str) -> float:
        start = time.perf_counter()
        session.run(sys.executable, "-m", "nox", "-R", "-s", "tests", "--", *args, external=True, silent=True)
        return time.perf_counter() - start

    def complete() -> bool:
        return timings_path.exists() and json.loads(timings_path.read_text()).get("complete", False)

    if not complete():
        session.log(f"{timings_path} が無いか一部だけの実行のものなので、nox -R -s tests -- --all で作ります")
        tests("--all")
    timings = json.loads(timings_path.read_text())
    imports = []
    for _ in range(3):
        start = time.perf_counter()
        session.run("python", "-c", "import torch", silent=True)
        imports.append(time.perf_counter() - start)
    torch_s = min(imports)
    seconds = timings["snippets"]
    floor = max(max(seconds.values()), sum(seconds.values()) / timings["jobs"])

    # 時間が中央値のスニペットを「変えた」1 本にする (ノートブックは除く)
    ordered = sorted((t, rel) for rel, t in seconds.items() if rel.startswith("snippets/"))
    changed = ordered[len(ordered) // 2][1]
    tests()  # 手元の合格の記録をそろえる
    for path in REPORT.glob("passes/*.json"):
        passes = json.loads(path.read_text())
        path.write_text(json.dumps({k: v for k, v in passes.items() if f"[{changed}-" not in k}, indent=0) + "\n")
    one = tests()
    unchanged = tests()
    figures = {
        "import_torch_s": round(torch_s, 2),
        "suite": {
            "scripts": len(seconds),
            "jobs": timings["jobs"],
            "wall_s": timings["wall_s"],
            "floor_s": round(floor, 2),
        },
        "one_snippet_loop": {"snippet": changed, "s": round(one, 2), "x_import_torch": round(one / torch_s, 2)},
        "unchanged_loop_s": round(unchanged, 2),
    }
    build = REPORT / "build.json"
    figures["build_s"] = json.loads(build.read_text())["build_s"] if build.exists() else None
    (REPORT / "bench.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n")

    def verdict(value: float, target: float) -> str:
        return "目標どおり" if value <= target else "目標に届かない"

    suite_ratio = timings["wall_s"] / floor
    session.log(f"import torch (3 回の最小)                     : {torch_s:6.2f} s")
    session.log(
        f"スクリプト {len(seconds)} 本 (並列 {timings['jobs']}): {timings['wall_s']:6.2f} s、下限 {floor:.2f} s "
        f"(1 本の最大 {max(seconds.values()):.2f} s、合計 {sum(seconds.values()):.1f} s)"
    )
    session.log(f"  下限との比 (目標 ≤ 1.1)                     : {suite_ratio:6.2f} × {verdict(suite_ratio, 1.1)}")
    session.log(f"1 本を変えたあとの nox -R -s tests ({changed}): {one:6.2f} s")
    session.log(f"  import torch との比 (目標 ≤ 10)             : {one / torch_s:6.2f} × {verdict(one / torch_s, 10)}")
    session.log(f"何も変えずに nox -R -s tests                  : {unchanged:6.2f} s")
    if figures["build_s"] is None:
        session.log(f"mkdocs build --strict: {build} がありません (nox -s docs で作れます)")
    else:
        session.log(f"mkdocs build --strict (nox -s docs の記録)     : {figures['build_s']:6.2f} s")
