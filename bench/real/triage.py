"""Counts archdoc's findings on a real project against a hand-triaged truth file.

    python3 triage.py TRUTH.tsv CHECK_OUTPUT [BUILD_OUTPUT...]

A finding is `path[:line]: severity: message [rule]` (archdoc's text format). Its key is the path,
the rule and a stable stem of the message: the message up to its first "; " (the advice), without
an unclosed "(hint" and parenthesised lists ("(org.slf4j, ...)"), with the kind of use in a layer violation left out (" by method call and 4
more uses") and every run of digits written '#', so a moved line, a renumbered count or a better
dependency kind keeps the verdict. TRUTH.tsv rows are `path<TAB>rule<TAB>stem<TAB>true|false<TAB>why`;
lines starting with '#' are comments. Untriaged keys are written to untriaged.tsv beside the
first output, in TRUTH.tsv's form, for a person to judge from the sources.
"""
import collections
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


def findings(path):
    found = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            match = FINDING.match(line.rstrip("\n"))
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
    truth = read_truth(sys.argv[1])
    outputs = sys.argv[2:]
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
