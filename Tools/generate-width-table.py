#!/usr/bin/env python3
"""Generate Sources/Stage/Text/WidthTable.swift, the display-width data for Stage.

Terminal layout needs to know how many columns each character occupies. libc's
wcwidth is not exported by Swift's Glibc module and disagrees with terminals on
emoji, so Stage carries its own table, derived from the Unicode Character
Database:

  EastAsianWidth.txt       -- East_Asian_Width (W and F are two columns wide)
  emoji/emoji-data.txt     -- Emoji, Emoji_Presentation, Extended_Pictographic

Getting the files:
  * Debian/Ubuntu: `apt-get install unicode-data` installs both under
    /usr/share/unicode (or `apt-get download unicode-data` and extract the .deb
    with `dpkg-deb -x` if you cannot install packages).
  * Anywhere: download https://www.unicode.org/Public/<version>/ucd/EastAsianWidth.txt
    and https://www.unicode.org/Public/<version>/ucd/emoji/emoji-data.txt into a
    directory, keeping the emoji/ subdirectory.

General categories (which marks and format characters take no column) come
from Python's unicodedata module, so use a Python whose unicodedata version is
close to the data files' version; both versions are recorded in the output.

Usage (from the repository root):
  python3 Tools/generate-width-table.py <unicode-data-dir> [-o OUTPUT]

Standard library only, so it runs on any Python 3 without a virtualenv.
"""

import argparse
import os
import re
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF

# UAX #11 assigns "W" to code points that EastAsianWidth.txt (before 15.1)
# does not list, i.e. unassigned code points in these CJK blocks and planes;
# newer files say the same with "@missing" lines, which are honoured as well.
DEFAULT_WIDE = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
]

# Cf characters that terminals nevertheless draw: a soft hyphen shows as "-"
# when a terminal shows it at all, and glibc's wcwidth agrees it takes a column.
VISIBLE_FORMAT_CHARACTERS = {0x00AD}

ZERO_WIDTH_CATEGORIES = {"Mn", "Me", "Cf"}

RANGE_LINE = re.compile(r"^([0-9A-Fa-f]+)(?:\.\.([0-9A-Fa-f]+))?\s*;\s*([A-Za-z_]+)")


def parse_property_file(path):
    """Yield (first, last, value) for every data line of a UCD property file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            data = line.split("#", 1)[0].strip()
            if not data:
                continue
            match = RANGE_LINE.match(data)
            if not match:
                sys.exit(f"{path}: cannot parse line: {line.rstrip()}")
            first = int(match.group(1), 16)
            last = int(match.group(2) or match.group(1), 16)
            yield first, last, match.group(3)


def parse_missing_lines(path):
    """Yield (first, last, value) for '# @missing:' default declarations."""
    pattern = re.compile(r"^#\s*@missing:\s*([0-9A-Fa-f]+)\.\.([0-9A-Fa-f]+)\s*;\s*(\w+)")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = pattern.match(line)
            if match:
                yield int(match.group(1), 16), int(match.group(2), 16), match.group(3)


def file_version(path, pattern):
    """Return the version named in a UCD file header, or 'unknown'."""
    with open(path, encoding="utf-8") as handle:
        for _, line in zip(range(40), handle):
            match = re.search(pattern, line)
            if match:
                return match.group(1)
    return "unknown"


def to_ranges(code_points):
    """Collapse a set of code points into sorted, merged inclusive ranges."""
    ranges = []
    for cp in sorted(code_points):
        if ranges and ranges[-1][1] + 1 == cp:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def east_asian_wide(path):
    wide = set()
    for first, last in DEFAULT_WIDE:
        wide.update(range(first, last + 1))
    for first, last, value in parse_missing_lines(path):
        if value in ("W", "F"):
            wide.update(range(first, last + 1))
    for first, last, value in parse_property_file(path):
        points = range(first, last + 1)
        if value in ("W", "F"):
            wide.update(points)
        else:
            wide.difference_update(points)
    return wide


def emoji_properties(path):
    properties = {}
    for first, last, value in parse_property_file(path):
        properties.setdefault(value, set()).update(range(first, last + 1))
    return properties


def zero_width():
    return {
        cp
        for cp in range(MAX_CODE_POINT + 1)
        if unicodedata.category(chr(cp)) in ZERO_WIDTH_CATEGORIES
        and cp not in VISIBLE_FORMAT_CHARACTERS
    }


def swift_table(name, doc, ranges):
    lines = [f"    /// {doc}", f"    static let {name} = ScalarRanges(bounds: ["]
    pairs = [f"0x{first:05X}, 0x{last:05X}," for first, last in ranges]
    for start in range(0, len(pairs), 4):
        lines.append("        " + " ".join(pairs[start:start + 4]))
    lines.append("    ])")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", help="directory holding EastAsianWidth.txt and emoji/emoji-data.txt")
    repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument(
        "-o", "--output",
        default=os.path.join(repo_root, "Sources", "Stage", "Text", "WidthTable.swift"),
        help="Swift file to write (default: Sources/Stage/Text/WidthTable.swift in this repository)",
    )
    args = parser.parse_args()

    eaw_path = os.path.join(args.data_dir, "EastAsianWidth.txt")
    emoji_path = os.path.join(args.data_dir, "emoji", "emoji-data.txt")
    eaw_version = file_version(eaw_path, r"EastAsianWidth-([\d.]+)\.txt")
    emoji_version = file_version(emoji_path, r"Emoji Version ([\d.]+)")

    emoji = emoji_properties(emoji_path)
    presentation = emoji.get("Emoji_Presentation", set())
    pictographic = emoji.get("Extended_Pictographic", set())
    zero = zero_width()
    # A combining mark stays zero-width even where East_Asian_Width says W
    # (e.g. the kana voicing marks): it draws on the preceding character.
    wide = (east_asian_wide(eaw_path) | (pictographic & presentation)) - zero

    tables = [
        swift_table("wide", "Scalars that occupy two columns: East_Asian_Width W/F and emoji-presentation pictographs.", to_ranges(wide)),
        swift_table("zeroWidth", "Scalars that occupy no column: nonspacing and enclosing marks and format characters.", to_ranges(zero)),
        swift_table("emoji", "Scalars with the Emoji property; VS16 after one of these requests two-column emoji presentation.", to_ranges(emoji.get("Emoji", set()))),
        swift_table("emojiPresentation", "Scalars with Emoji_Presentation, drawn as two-column emoji by default.", to_ranges(presentation)),
        swift_table("extendedPictographic", "Scalars with Extended_Pictographic, the parts of emoji ZWJ sequences.", to_ranges(pictographic)),
    ]

    header = f"""// swift-format-ignore-file
// (generated: its layout is the generator's)
// Generated by Tools/generate-width-table.py -- do not edit by hand.
// Source data: Unicode {eaw_version} (EastAsianWidth-{eaw_version}.txt, emoji-data.txt for Emoji {emoji_version});
// general categories from Python unicodedata {unicodedata.unidata_version}.
// Regenerate from the repository root with:
//   python3 Tools/generate-width-table.py <directory holding EastAsianWidth.txt and emoji/emoji-data.txt>

/// Unicode property ranges that drive ``DisplayWidth``.
///
/// Kept as flat `[first, last, first, last, ...]` arrays of inclusive bounds
/// because a long literal of plain integers type-checks quickly, unlike one of
/// `ClosedRange` expressions.
enum WidthTable {{
"""
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(header + "\n\n".join(tables) + "\n}\n")


if __name__ == "__main__":
    main()
