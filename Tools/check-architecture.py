#!/usr/bin/env python3
"""Checks that docs/architecture.md, Package.swift and the sources agree on the module graph.

Three things must match, or the map lies:
  1. the table under "The module graph" in docs/architecture.md,
  2. each target's dependencies in Package.swift (via `swift package dump-package`),
  3. the `import` lines of each module's sources: a module may import only what it declares.
Usage: python3 Tools/check-architecture.py   (from the repository root; exit 1 on a mismatch)
"""
import json
import pathlib
import re
import subprocess
import sys

# Packages the table leaves out because every layer may use them.
UNLISTED_PRODUCTS = {"DequeModule", "HeapModule", "ArgumentParser"}
DOC = pathlib.Path("docs/architecture.md")


def documented_graph():
    graph = {}
    in_table = False
    for line in DOC.read_text().splitlines():
        if line.startswith("| Module | Imports |"):
            in_table = True
            continue
        if not in_table or line.startswith("|---"):
            continue
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        modules = re.findall(r"`([^`]+)`", cells[0])
        imports = set() if cells[1].startswith("nothing") else {
            name.strip() for name in cells[1].split(",")}
        for module in modules:
            graph[module] = imports
    return graph


def declared_graph():
    dump = json.loads(subprocess.run(
        ["swift", "package", "dump-package"], check=True, capture_output=True, text=True).stdout)
    graph = {}
    for target in dump["targets"]:
        if target["type"] == "test":
            continue
        deps = set()
        for dependency in target["dependencies"]:
            kind, value = next(iter(dependency.items()))
            if value[0] not in UNLISTED_PRODUCTS:
                deps.add(value[0])
        graph[target["name"]] = deps
    return graph


def source_folder(module):
    return pathlib.Path("Tests" if module == "TestSupport" else "Sources") / module


def undeclared_imports(declared):
    problems = []
    ours = set(declared)
    for module, deps in declared.items():
        for path in sorted(source_folder(module).rglob("*.swift")):
            for number, line in enumerate(path.read_text().splitlines(), 1):
                match = re.match(r"^(?:@testable |@preconcurrency )?import (\w+)$", line)
                if match and match.group(1) in ours and match.group(1) not in deps:
                    problems.append(f"{path}:{number}: imports {match.group(1)}, "
                                    f"which Package.swift does not list for {module}")
    return problems


def main():
    documented, declared = documented_graph(), declared_graph()
    problems = []
    for module in sorted(set(documented) | set(declared)):
        if module not in declared:
            problems.append(f"{DOC}: `{module}` is in the table but not a target in Package.swift")
        elif module not in documented:
            problems.append(f"{DOC}: target `{module}` is missing from the table")
        elif documented[module] != declared[module]:
            problems.append(f"{DOC}: `{module}` imports {sorted(declared[module]) or 'nothing'} "
                            f"in Package.swift, the table says {sorted(documented[module]) or 'nothing'}")
    problems += undeclared_imports(declared)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"architecture: {len(declared)} modules; the map, the manifest and the imports agree")


if __name__ == "__main__":
    main()
