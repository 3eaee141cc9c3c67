"""スニペットからページまでの道筋: スニペットとは何か (snippet.py)、その出力の扱い (output.py)、
ページへの載せ方 (macros.py、notebook.py、blocks.py)。

mkdocs.yml の `macros: module_name: pipeline` がこのパッケージを読み込み、ここにある mkdocs-macros の
入口 (define_env など) を使う。テストとサイトの検査は pipeline.snippet と pipeline.output を使う。
どれも標準ライブラリだけで読み込める (ノートブックの実行に要るパッケージは、実行するときに読み込む)。
"""

from pipeline.macros import define_env, on_post_build, on_post_page_macros

__all__ = ["define_env", "on_post_build", "on_post_page_macros"]
