"""すべてのスニペットを CPU で実行し、出力ファイル (<snippet>.out) を書き直す。

    nox -s outputs            # すべて
    nox -s outputs -- snippets/tensor/create_list.py   # 指定したものだけ
"""

import sys
from pathlib import Path

import harness

if __name__ == "__main__":
    chosen = [Path(a).resolve() for a in sys.argv[1:]] or None
    problems = harness.write_outputs(chosen)
    print("\n\n".join(problems), file=sys.stderr)
    sys.exit(1 if problems else 0)
