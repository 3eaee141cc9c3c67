"""ビルド済みのサイト (site/) の検査とベンチマーク。共通の部品は site.py にあります。

- copy_paste.py: Python のコードブロックを、読者が貼り付けたとおりに実行する (`nox -s copy_paste`)
- links.py: 内部リンクとアンカーを LinkChecker で確かめる (`nox -s links`)
- search.py / search.mjs: サイトの検索を Material の検索のコードで引く (tests/site/test_search.py が使う)
- lighthouse.py: Lighthouse のベンチマーク (`nox -s lighthouse`)

ブラウザとサイトの検索を確かめる pytest のテストは tests/site/ にあります。
"""
