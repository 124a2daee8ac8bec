#!/usr/bin/env python3
"""The figures of a built site that say whether a reader can use it (issue 16).

    site_figures.py SITE_DIR

Prints the site's size, its page count, its largest pages, how many pages are over the 200 KB
budget, the search index's size and entries, and every broken link or image: a relative href/src
that leads to no file of the site, or a #fragment that names no id on its page. The link check is
this script's own (Python's html.parser), independent of archdoc's, so it can catch what archdoc's
misses. External URLs (with a scheme) are not fetched.
"""
import html.parser
import os
import sys
import urllib.parse

PAGE_BUDGET = 200 * 1024


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.refs = []  # (attribute, value, line)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and (name == "id" or tag == "a"):
                self.ids.add(value)
            elif name in ("href", "src") or (name == "xlink:href"):
                if tag in ("link", "a", "img", "script", "source", "iframe") or name == "xlink:href" or tag == "image":
                    self.refs.append((name, value, self.getpos()[0]))


def main(site):
    files = {}
    for folder, _, names in os.walk(site):
        for name in names:
            full = os.path.join(folder, name)
            files[os.path.relpath(full, site).replace(os.sep, "/")] = os.path.getsize(full)
    pages = {path: size for path, size in files.items() if path.endswith(".html")}
    total = sum(files.values())
    print(f"site: {total / 1e6:.1f} MB in {len(files)} files, {len(pages)} HTML pages "
          f"({sum(pages.values()) / 1e6:.1f} MB)")
    kinds = {}
    for path, size in pages.items():
        kind = path.split("/")[0] if "/" in path else "(top)"
        count, bytes_ = kinds.get(kind, (0, 0))
        kinds[kind] = (count + 1, bytes_ + size)
    for kind, (count, bytes_) in sorted(kinds.items(), key=lambda item: -item[1][1])[:8]:
        print(f"  {kind + '/':<22} {count:6d} pages {bytes_ / 1e6:7.1f} MB")
    largest = sorted(pages.items(), key=lambda item: -item[1])[:3]
    print("largest pages: " + ", ".join(f"{path} {size / 1024:.0f} KB" for path, size in largest))
    print(f"pages over {PAGE_BUDGET // 1024} KB: {sum(1 for size in pages.values() if size > PAGE_BUDGET)}")
    index = files.get("_archdoc/search-index.js")
    if index is not None:
        with open(os.path.join(site, "_archdoc/search-index.js"), encoding="utf-8") as f:
            entries = f.read().count('"u":')
        print(f"search index: {index / 1e6:.2f} MB, {entries} entries")

    ids = {}
    refs = {}
    for path in pages:
        parser = Links()
        with open(os.path.join(site, path), encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        ids[path] = parser.ids
        refs[path] = parser.refs
    broken = []
    for path, found in refs.items():
        folder = os.path.dirname(path)
        for attribute, value, line in found:
            parsed = urllib.parse.urlsplit(value)
            if parsed.scheme or value.startswith("//"):
                continue
            target = urllib.parse.unquote(parsed.path)
            if target == "":
                target_path = path
            else:
                target_path = os.path.normpath(os.path.join(folder, target)).replace(os.sep, "/")
                if target.endswith("/"):
                    target_path += "/index.html"
            if target_path not in files:
                broken.append(f"{path}:{line}: {attribute}={value} (no file {target_path})")
                continue
            fragment = urllib.parse.unquote(parsed.fragment)
            if fragment and target_path.endswith(".html") and fragment not in ids.get(target_path, set()):
                broken.append(f"{path}:{line}: {attribute}={value} (no id '{fragment}' on {target_path})")
    print(f"broken links and images: {len(broken)}")
    for line in broken[:15]:
        print("  " + line)
    if len(broken) > 15:
        print(f"  ... and {len(broken) - 15} more")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
