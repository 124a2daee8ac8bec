"""Counts archdoc's findings on a real project against a hand-triaged truth file.

    python3 triage.py [--prefix FROM=TO]... TRUTH.tsv CHECK_OUTPUT [BUILD_OUTPUT...]

An output ending in .html is archdoc's drift page (site/drift.html), which holds every finding of
a build (the command line prints the first 50). --prefix rewrites paths that start with FROM
(the scratch folder) so keys are relative to the project.

A finding is `path[:line]: severity: message [rule]` (archdoc's text format). Its key is the path,
the rule and a stable stem of the message: the message up to its first "; " (the advice), without
an unclosed "(hint" and parenthesised lists ("(org.slf4j, ...)"), with the kind of use in a layer violation left out (" by method call and 4
more uses") and every run of digits written '#', so a moved line, a renumbered count or a better
dependency kind keeps the verdict. TRUTH.tsv rows are `path<TAB>rule<TAB>stem<TAB>true|false<TAB>why`;
lines starting with '#' are comments. Untriaged keys are written to untriaged.tsv beside the
first output, in TRUTH.tsv's form, for a person to judge from the sources.
"""
import collections
import html.parser
import os
import re
import sys

FINDING = re.compile(r"^(?P<path>[^\s:][^:]*?)(?::(?P<line>\d+))?: (?P<sev>error|warning): (?P<msg>.*) \[(?P<rule>[a-z0-9-]+)\]$")


def stem(message):
    text = message.split("; ", 1)[0]
    text = re.sub(r" \([^)]*$", "", text)
    text = re.sub(r" \([^()]*, [^()]*\)", "", text)
    text = re.sub(r" by [^,']*, but ", " but ", text)
    text = re.sub(r"[0-9]+", "#", text)
    return text[:200].strip()


class DriftPage(html.parser.HTMLParser):
    """The findings of archdoc's drift page (site/drift.html), as text lines: `build` prints only
    its first 50 findings, the page holds them all."""

    def __init__(self):
        super().__init__()
        self.lines, self.file, self.where, self.item, self.text = [], "", None, None, []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "h2" and "file" in classes:
            self.where, self.text = "file", []
        elif tag == "li" and "finding" in classes:
            severity = next((c[len("severity-"):] for c in classes if c.startswith("severity-")), "")
            self.where, self.item, self.text = "finding", severity, []

    def handle_endtag(self, tag):
        if tag == "h2" and self.where == "file":
            self.file, self.where = "".join(self.text).strip(), None
        elif tag == "li" and self.where == "finding":
            text = " ".join("".join(self.text).split())
            match = re.match(r"^(error|warning|info) (?:line (\d+) )?(.*)$", text)
            if match:
                line = f":{match[2]}" if match[2] else ""
                self.lines.append(f"{self.file}{line}: {self.item}: {match[3]}")
            self.where = None

    def handle_data(self, data):
        if self.where:
            self.text.append(data)


PREFIXES = []


def findings(path):
    found = []
    if path.endswith(".html"):
        page = DriftPage()
        with open(path, encoding="utf-8", errors="replace") as text:
            page.feed(text.read())
        source = page.lines
    else:
        with open(path, encoding="utf-8", errors="replace") as text:
            source = text.read().splitlines()
    if True:
        for line in source:
            line = line.rstrip("\n")
            for old, new in PREFIXES:
                if line.startswith(old):
                    line = new + line[len(old):]
            match = FINDING.match(line)
            if match:
                found.append((match["path"], match["rule"], stem(match["msg"]), match["sev"], match["line"] or "0"))
    return found


def read_truth(path):
    truth = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 5 or cells[3] not in ("true", "false"):
                sys.exit(f"{path}:{number}: expected path, rule, stem, true|false, why (tab-separated)")
            truth[(cells[0], cells[1], cells[2])] = (cells[3] == "true", cells[4])
    return truth


def main():
    args = sys.argv[1:]
    while args and args[0] == "--prefix":
        old, _, new = args[1].partition("=")
        PREFIXES.append((old, new))
        args = args[2:]
    truth = read_truth(args[0])
    outputs = args[1:]
    untriaged = {}
    for output in outputs:
        if not os.path.exists(output):
            continue
        found = findings(output)
        if not found and not output.endswith("check.txt"):
            continue
        by_rule = collections.Counter((sev, rule) for _, rule, _, sev, _ in found)
        print(f"{os.path.basename(output)}: {len(found)} findings")
        for (sev, rule), count in sorted(by_rule.items()):
            print(f"  {sev:8s} {rule:22s} {count:5d}")
        verdicts = collections.Counter()
        for path, rule, key_stem, sev, line in found:
            verdict = truth.get((path, rule, key_stem))
            label = "untriaged" if verdict is None else ("true" if verdict[0] else "false")
            verdicts[(sev, label)] += 1
            if verdict is None:
                untriaged.setdefault((path, rule, key_stem), f"{path}:{line} {sev}")
        for sev in ("error", "warning"):
            print(f"  {sev}s: true {verdicts[(sev, 'true')]}, false {verdicts[(sev, 'false')]},"
                  f" untriaged {verdicts[(sev, 'untriaged')]}")
    target = os.path.join(os.path.dirname(outputs[0]), "untriaged.tsv")
    with open(target, "w", encoding="utf-8") as out:
        for (path, rule, key_stem), where in sorted(untriaged.items()):
            out.write(f"{path}\t{rule}\t{key_stem}\t?\t(seen at {where})\n")
    if untriaged:
        print(f"{len(untriaged)} untriaged keys written to {target}")


if __name__ == "__main__":
    main()
