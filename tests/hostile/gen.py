#!/usr/bin/env python3
"""Writes the hostile inputs for run_hostile.py into OUTDIR, one file per
case (nothing big is committed: every case is made here).

Each case is a file and what newsextract must do with it: give an object
(with the warning named, if any) or one error line naming the file, within
the time and memory bounds run_hostile.py checks. CASES is the table;
run_hostile.py imports it. The seed re-encoded (ENCODINGS), extra/ (big
articles for staged runs) and fs/ (symlinks, a FIFO, a file name with a
newline) are written too; the cases that need root, a mount or a
second process (unreadable files, ENOSPC, a file deleted mid-run) are
staged by run_hostile.py itself. RULES_CASES are rules files, written to
rules/: each must be refused with its line.

usage: gen.py OUTDIR
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(ROOT, "data", "000_99af02c5c58b7f1b.txt")
MIB = 1 << 20


class Case:
    """One input file and the verdict it must get.

    expect: "ok" (one JSON object; `warning` must match one of its warnings)
            or "error" (one error line; `error` must match its message).
    args:   extra newsextract arguments for this case.
    """

    def __init__(self, name, make, expect, error=None, warning=None, args=(), sparse=0,
                 note=""):
        self.name = name + ".txt"
        self.make = make  # () -> bytes
        self.expect = expect
        self.error = error
        self.warning = warning
        self.args = list(args)
        self.sparse = sparse  # > 0: a sparse file of that many bytes (make unused)
        self.note = note


def seed():
    with open(SEED, "rb") as f:
        return f.read()


def article(body, front="title: t\n"):
    return ("---\n" + front + "---\n" + body).encode("utf-8")


def fill(unit, size, head=""):
    """head + unit repeated to about `size` bytes."""
    n = max(0, (size - len(head.encode())) // max(1, len(unit.encode())))
    return head + unit * n


def alias_bomb(levels, key=False):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    if key:
        lines.append(f"? *a{levels - 1}\n: v")
    return "\n".join(lines) + "\ntitle: bomb\n"


def reconstruction_bomb(formatting, repeats, attributes=0):
    # Unclosed formatting elements inside a <p>: every later "<p>x" makes
    # gumbo clone all of them again (the list of active formatting elements).
    extra = "".join(f" a{j}=1" for j in range(attributes))
    head = "<p>" + "".join(f"<b id={i}{extra}>" for i in range(formatting))
    return head + "<p>x" * repeats


def repeat(pattern, times):
    return pattern * times


def attributes(count, value=""):
    """' a0 a1 ...' (or ' a0=1 a1=1 ...' with value '=1')."""
    return "".join(f" a{i}{value}" for i in range(count))


class RulesCase:
    """A rules file given to --rules-add (or --rules) with the seed article:
    it must be refused with one line `newsextract: error: FILE[:LINE]: ...`
    (exit 2) within the time and memory bounds; `error` must match what
    follows FILE. `path`: a file that exists already (a device) instead of
    one written here."""

    def __init__(self, name, make, error, replace=False, path=None):
        self.name = name + ".yaml"
        self.make = make  # () -> bytes
        self.error = error
        self.option = "--rules" if replace else "--rules-add"
        self.path = path


def rules(text):
    return text.encode("utf-8")


# Rules files are input too: each of these hung a run, burned its budget or
# read without bound.
RULES_CASES = [
    RulesCase("empty_skip_class", lambda: rules('text_layer:\n  skip_classes: [""]\n'),
              r":2: an empty string matches everywhere$"),
    RulesCase("empty_caption_class", lambda: rules("text_layer:\n  caption_classes:\n    - ''\n"),
              r":3: an empty string matches everywhere$"),
    RulesCase("empty_ranking_word", lambda: rules('rankings:\n  ranking_words: [排名, ""]\n'),
              r":2: an empty string matches everywhere$"),
    RulesCase("blank_scope_word", lambda: rules('rankings:\n  scope_words: ["\u3000"]\n'),
              r":2: a word of white space only matches everywhere$"),
    RulesCase("empty_cue_word", lambda: rules('rankings:\n  cues:\n    - {word: "", direction: top}\n'),
              r":3: an empty string matches everywhere$"),
    RulesCase("empty_bracket_close",
              lambda: rules('boilerplate:\n  metadata_comments:\n    - {open: x, close: ""}\n'),
              r":3: an empty string matches everywhere$"),
    RulesCase("empty_word_replacing_the_rules", lambda: rules('rankings:\n  connectives: [""]\n'),
              r":2: an empty string matches everywhere$", replace=True),
    RulesCase("repeated_word", lambda: rules("rankings:\n  subjects:\n    - 甲\n    - 乙\n    - 甲\n"),
              r":5: '甲' is already in rankings.subjects \(line 3\)$"),
    RulesCase("list_of_10001", lambda: rules(
        "rankings:\n  subjects: [" + ", ".join(f"w{i}" for i in range(10001)) + "]\n"),
              r":2: rankings.subjects has over 10000 entries$"),
    RulesCase("negative_limit", lambda: rules("rankings:\n  max_item_chars: -1\n"),
              r":2: expected a whole number from 1 to 1000, got '-1'$"),
    RulesCase("invalid_utf8_word", lambda: b"rankings:\n  subjects: [\"\xff\xfe\"]\n",
              r":\d+: "),
    RulesCase("deep_flow", lambda: rules("rankings:\n  subjects: " + "[" * 60000 + "\n"), r":\d+: "),
    RulesCase("not_a_mapping", lambda: rules("- a\n- b\n"),
              r":1: a rules file is a mapping of sections$"),
    RulesCase("rules_file_of_20_mb", lambda: rules("# " + "x" * (20 * MIB) + "\n"),
              r"^: over the limit of 1048576 bytes for a rules file$"),
    RulesCase("dev_zero", None, r"^: over the limit of 1048576 bytes for a rules file$",
              path="/dev/zero"),
]


def write_rules(outdir):
    folder = os.path.join(outdir, "rules")
    os.makedirs(folder, exist_ok=True)
    for case in RULES_CASES:
        if case.path is None:
            with open(os.path.join(folder, case.name), "wb") as f:
                f.write(case.make())
    return folder


# Inputs the fuzzer's differential check (fuzz/fuzz_extract.cc: gumbo's
# real depth against CheckMarkup's model) found, minimised. Each was a place
# where the model lagged gumbo; repeated 50 000 times, those that nest would
# reach 100k+ levels in gumbo if the model lagged again (True: it nests;
# the others are repeated 5 000 times and must just come out whole).
FUZZ_FINDINGS = [
    ("<p><template><p><d>", True),                  # template bounds p's scope
    ("<template><tr><td>", True),                   # table parts in a template
    ("<svg/><t><r><p><s><s>", False),               # <svg/> closes itself
    ("<d><t><e></d><table><tr>", False),            # </d> closes any unknown element
    ("<table><table></table><td><n><r><tr><j><v><y><tr><t><t><p>", True),
    ("<select><style><template><d>", True),         # in select, <style> is dropped
    ("<p><font><table><td></table><p><c><table><td></p>", True),  # cell close clears once
    ("<template><t><td>x<t><r><f><t><td><t><t><o\"><p8></p>", True),
    ("<a><a></a><n></a><o><f></p>", True),          # a second <a> closes the first
    ("<svg><e></></svg><t><t>", True),              # after </>, gumbo misnames the next tag
    ("<template><tr><td></tbody><p><t><y>", True),  # no implied tbody in a template
    ("<a><svg><title><a></p>", True),               # an element taken from under others
    ("<font><p><bb></font><math></d><m><tr><d></br>", False),  # adoption agency
    ("<font t><t-><font a><font a><font a><font a>x</font>-</font></font></font><f><t><r\"><f><b><o>",
     True),                                          # Noah's Ark, then </font> pops one
    ("<template><tr></tr><p><td><ol>", True),
    ("<table><td><font><object></table><b><table><td><t></p>", True),
    ("<template><td><n></tr><r><o><i>", True),      # phantom rows never match an end tag
    ("<a><font><s6><y><f><p><a></font><p><n><f><f><f>", False),
    ("<template><v><td><f><s></td><td><f><r></td><s><s><b><i>", True),
]


def CASES():
    big = 16 * MIB - 4096  # just under the default --max-file-size
    deep = 300000
    return [
        # -- shape of the file ------------------------------------------------
        Case("empty", lambda: b"", "ok", warning=r"no front matter"),
        Case("only_dashes", lambda: b"---", "ok", warning=r"no closing --- line"),
        Case("only_dashes_newline", lambda: b"---\n", "ok", warning=r"no closing --- line"),
        Case("empty_front_matter", lambda: b"---\n---\n", "ok"),
        Case("unterminated_front_matter", lambda: b"---\ntitle: x\n<p>body</p>\n", "ok",
             warning=r"no closing --- line"),
        Case("front_matter_list", lambda: b"---\n- a\n- b\n---\n<p>x</p>\n", "ok",
             warning=r"not a mapping"),
        Case("front_matter_scalar", lambda: b"---\njust words\n---\n<p>x</p>\n", "ok",
             warning=r"not a mapping"),
        Case("only_blank_lines", lambda: b"\n" * 100000, "ok", warning=r"no front matter"),
        Case("many_fences", lambda: b"---\n" * 200000, "ok"),
        Case("lone_cr_newlines", lambda: b"---\rtitle: cr\r---\r<p>a</p>\r<p>b</p>\r", "ok"),
        # -- YAML (yaml-cpp 0.7.0) ---------------------------------------------
        Case("yaml_lone_comma", lambda: b"---\n,\n---\n<p>x</p>\n", "ok",
             note="YAML::LoadAll(\",\") never returns"),
        Case("yaml_deep_flow", lambda: article("<p>x</p>\n", "a: " + "[" * 60000 + "\n"), "ok",
             warning=r"front matter: YAML error"),
        Case("yaml_deep_mapping", lambda: article("<p>x</p>\n", "a: " + "{a: " * 15000 + "\n"),
             "ok", warning=r"front matter"),
        Case("yaml_deep_block", lambda: article(
            "<p>x</p>\n", "".join(" " * i + f"k{i}:\n" for i in range(400))), "ok",
             warning=r"front matter"),
        Case("yaml_alias_bomb", lambda: article("<p>x</p>\n", alias_bomb(9)), "ok",
             warning=r"too many YAML nodes"),
        Case("yaml_alias_bomb_as_key", lambda: article("<p>x</p>\n", alias_bomb(7, key=True)),
             "ok", warning=r"too many YAML nodes"),
        Case("yaml_front_matter_over_64k", lambda: article("<p>x</p>\n", "title: " + "x" * 70000 + "\n"),
             "ok", warning=r"over the limit of 65536"),
        Case("yaml_many_entries_under_64k", lambda: article(
            "<p>x</p>\n", "".join(f"k{i}: [{i}, {{a: b}}]\n" for i in range(3000))), "ok"),
        Case("yaml_tags_anchors_merge", lambda: article(
            "<p>x</p>\n", "title: !!binary aGVsbG8=\nx: !<tag:yaml.org,2002:str> y\n"
            "base: &b {a: 1}\nm:\n  <<: *b\n  c: 2\n? [complex, key]\n: v\n"), "ok"),
        Case("yaml_broken_quotes", lambda: article(
            "<p>x</p>\n", "title: \"\"\"'标题'\"\"\"\nauthor: 某某\n"), "ok",
             warning=r"recovered line by line"),
        Case("date_year_10000_after_utc", lambda: article(
            "<p>x</p>\n", "date: Fri, 31 Dec 9999 23:59:59 -0100\n"), "ok",
             warning=r"date: cannot parse"),
        Case("date_year_0_after_utc", lambda: article(
            "<p>x</p>\n", "date: Mon, 1 Jan 0001 00:30:00 +0100\n"), "ok",
             warning=r"date: cannot parse"),
        Case("date_not_a_scalar", lambda: article("<p>x</p>\n", "date: [1, 2]\n"), "ok",
             warning=r"date"),
        Case("date_huge_numbers", lambda: article(
            "<p>x</p>\n", "date: 99999999999999999999999-99-99\n"), "ok",
             warning=r"date: cannot parse"),
        # -- bytes and encodings ------------------------------------------------
        Case("nul_byte", lambda: b"a\0b", "error", error=r"^binary file \(NUL byte at offset 1\)$"),
        Case("nul_after_article", lambda: seed() + b"\0", "error", error=r"^binary file \(NUL byte"),
        Case("elf_binary", lambda: b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 64, "error",
             error=r"^binary file"),
        Case("invalid_utf8", lambda: b"<p>" + bytes(range(0x80, 0x100)) * 40 + b"</p>", "ok",
             warning=r"charset"),
        Case("utf16le_odd_length", lambda: b"\xff\xfe" + "<p>甲</p>".encode("utf-16-le") + b"\x41",
             "ok"),
        Case("utf16_with_nul_char", lambda: b"\xff\xfe" + "<p>a\0b</p>".encode("utf-16-le"),
             "error", error=r"^binary file"),
        Case("meta_charset_bogus", lambda: b"<meta charset=\"utf-7\"><p>\xff\xfe+ADw-div+AD4-</p>",
             "ok"),
        Case("huge_sparse_file", None, "error",
             error=r"^file is 17825792 bytes, over the limit of 16777216 \(--max-file-size\)$",
             sparse=17 * MIB),
        Case("over_max_file_size_option", lambda: article("<p>" + "甲" * (700 * 1024) + "</p>\n"),
             "error", error=r"over the limit of 1048576 \(--max-file-size\)$",
             args=["--max-file-size", "1"]),
        Case("big_single_paragraph", lambda: article("<p>" + fill("排名前十的是甲、乙、丙、丁、戊、己、庚、辛、壬和癸。", big - 64) + "</p>\n"),
             "ok", note="one 16 MiB paragraph through the extractors"),
        Case("big_many_paragraphs", lambda: article(
            "<p>排名前十的是甲、乙、丙、丁、戊、己、庚、辛、壬和癸。</p>\n" * 150000), "ok"),
        Case("big_plain_ascii", lambda: article("<p>" + fill("word ", big - 64) + "</p>\n"), "ok"),
        Case("big_lt_signs", lambda: article(fill("<", big - 64)), "ok"),
        Case("big_unterminated_comment", lambda: article("<!--" + fill("<div>", big - 64)), "ok"),
        # -- HTML nesting (gumbo 0.10.1 recursion, quadratic scope walks) -------
        Case("deep_div_300k", lambda: article(repeat("<div>", deep)), "error",
             error=r"^HTML nested deeper than 2000 elements$"),
        Case("deep_div_100k", lambda: article(repeat("<div>", 100000)), "error",
             error=r"nested deeper than 2000"),
        Case("deep_div_2000_is_fine", lambda: article(repeat("<div>", 2000) + "甲" + repeat("</div>", 2000)),
             "ok"),
        Case("deep_div_2001", lambda: article(repeat("<div>", 2001)), "error",
             error=r"nested deeper than 2000"),
        # Ways past the old pre-scan: each nests 300k deep in gumbo.
        Case("evade_unmatched_end_tags", lambda: article(repeat("<div></x>", deep)), "error",
             error=r"nested deeper"),
        Case("evade_self_closing_div", lambda: article(repeat("<div/>", deep)), "error",
             error=r"nested deeper"),
        Case("evade_quote_in_attribute_name", lambda: article('<p x"y>' + repeat("<div>", deep)),
             "error", error=r"nested deeper"),
        Case("evade_abrupt_comment", lambda: article("<!-->" + repeat("<div>", deep)), "error",
             error=r"nested deeper"),
        Case("evade_bang_comment_end", lambda: article("<!-- a --!>" + repeat("<div>", deep)),
             "error", error=r"nested deeper"),
        Case("evade_lt_underscore", lambda: article("<_x>" + repeat("<div>", deep)), "error",
             error=r"nested deeper", note="found by the fuzzer: the scan stopped at '<_'"),
        Case("evade_unknown_end_tag_closes_any_unknown",
             lambda: article(repeat("<d><t><e></d>", deep // 2)), "error", error=r"nested deeper",
             note="fuzzer: gumbo's </d> pops the nearest unknown element, not <d>"),
        Case("evade_second_anchor", lambda: article(repeat("<a><a></a><n></a>", deep)), "error",
             error=r"nested deeper", note="fuzzer: <a> inside <a> is taken off the stack"),
        Case("evade_table_in_table", lambda: article(repeat("<table><table></table><n><r></table>", deep // 2)),
             "error", error=r"nested deeper", note="fuzzer: <table> straight in a table closes it"),
        Case("evade_template_scope", lambda: article(repeat("<p><template>", deep // 2)), "error",
             error=r"nested deeper", note="fuzzer: template bounds the scope of <p>"),
        Case("script_escape_then_markup", lambda: article(
            "<script><!--</script>" + repeat("<div>", deep)), "error", error=r"nested deeper"),
        Case("script_double_escape_is_text", lambda: article(
            "<script><!--<script></script>" + repeat("<div>", 50000) + "--></script><p>x</p>"),
             "ok"),
        Case("plaintext_rest_is_text", lambda: article("<plaintext>" + repeat("<div>", deep)), "ok"),
        Case("textarea_unclosed_is_text", lambda: article("<textarea>" + repeat("<div>", deep)), "ok"),
        Case("cdata_in_html_is_bogus_comment", lambda: article("<![CDATA[" + repeat("<div>", deep)),
             "error", error=r"nested deeper"),
        Case("cdata_in_svg_is_text", lambda: article(
            "<svg><![CDATA[" + repeat("<div>", deep) + "]]></svg><p>x</p>"), "ok"),
        # -- HTML cost: nodes, attributes, steps ---------------------------------
        Case("attributes_1001", lambda: article("<p" + "".join(f" a{i}" for i in range(1001)) + ">x</p>"),
             "error", error=r"^a <p> tag has 1001 attributes, over the limit of 1000$"),
        Case("attributes_60000", lambda: article("<p" + "".join(f" a{i}=1" for i in range(60000)) + ">"),
             "error", error=r"attributes, over the limit of 1000"),
        Case("attributes_999_on_many_tags", lambda: article(fill(
            "<br" + "".join(f" a{i}" for i in range(999)) + ">", 2 * MIB)), "error",
             error=r"steps"),
        Case("reconstruction_bomb", lambda: article(reconstruction_bomb(500, 20000)), "error",
             error=r"over 500000 nodes", note="85 KB that made gumbo take 3.7 GB"),
        Case("reconstruction_bomb_with_attributes", lambda: article(reconstruction_bomb(50, 5000, 100)),
             "error", error=r"over 500000 nodes"),
        Case("text_under_deep_formatting", lambda: article(
            repeat("<div>", 1990) + "<b>" + "x" * (4 * MIB)), "error", error=r"steps",
             note="each character walks gumbo's stack"),
        Case("end_tags_over_deep_spans", lambda: article(fill("</div>", big - 64, repeat("<span>", 1999))),
             "error", error=r"steps"),
        Case("list_ends_over_deep_divs", lambda: article(fill("</li>", big - 64, repeat("<div>", 1999))),
             "error", error=r"steps"),
        Case("four_million_br", lambda: article(fill("<br>", big - 64)), "error", error=r"nodes"),
        Case("four_million_paragraphs", lambda: article(fill("<p>x", big - 64)), "error", error=r"nodes"),
        Case("three_million_comments", lambda: article(fill("<!---->", big - 64)), "error",
             error=r"nodes"),
        *[Case(f"fuzz_finding_{i:02}", (lambda p=pattern, n=50000 if nests else 5000: article(repeat(p, n))),
               "error" if nests else "ok", error=r"nested deeper|nodes|steps" if nests else None,
               note=f"fuzzer: {pattern}")
          for i, (pattern, nests) in enumerate(FUZZ_FINDINGS)],
        # -- quadratic paths in gumbo the pre-scan must count ---------------------
        Case("cut_tag_170k_attributes", lambda: article("<p" + attributes(170000)), "error",
             error=r"^a <p> tag has 170000 attributes, over the limit of 1000$",
             note="163 s in gumbo's tokenizer: the end of the file cut the tag"),
        Case("cut_tag_7m_duplicate_attributes", lambda: article("<p" + " a" * 7800000), "error",
             error=r"^a <p> tag has 7800000 attributes, over the limit of 1000$", note="193 s"),
        Case("raw_text_end_tag_attributes", lambda: article("<style></style" + attributes(170000) + ">"),
             "error", error=r"^a </style> tag has 170000 attributes, over the limit of 1000$"),
        Case("body_attributes_merged_40k", lambda: article("".join(f"<body a{i}>" for i in range(40000))),
             "error", error=r"^<html> and <body> tags have 1001 attributes in all, over the limit of 1000",
             note="gumbo merges them into one element: 4 s"),
        Case("html_attributes_merged_200k",
             lambda: article("".join(f"<html a{i}>" for i in range(200000))), "error",
             error=r"^<html> and <body> tags have 1001 attributes in all", note="over 300 s"),
        Case("annotation_xml_text", lambda: article(
            "<math><annotation-xml" + attributes(999) + ">" + "x" * 2000000), "error", error=r"steps",
             note="each character walks the element's attributes: 42 s"),
        Case("svg_end_tags_over_long_names", lambda: article(
            "<svg>" + "".join("<" + "a" * 3000 + f"{i:04}>" for i in range(1990))
            + "".join("</" + "a" * 3000 + f"{i:04}z>" for i in range(2000))), "error", error=r"steps",
             note="each end tag reads every open name again: 17 s"),
        Case("noahs_ark_attribute_compares", lambda: article(
            "".join("<b" + attributes(998, "=1") + f" z={i}>" for i in range(190)) + "x"), "error",
             error=r"steps", note="each <b> compares 998 attributes with every <b> before: 79 s"),
        # -- de-duplication by hash set ---------------------------------------------
        Case("reporters_240k_credit_lines", lambda: article("".join(
            f"<p>记者 王{chr(0x4e00 + i % 20000)}{chr(0x4e00 + i // 20000)}</p>" for i in range(240000))),
             "ok", note="68 s by linear search"),
        Case("stocks_150k_spans", lambda: article("<p>" + "".join(
            f"<span id=stock_sh{600000 + i}>股{i}</span>" for i in range(150000))), "ok",
             note="10 s by linear search"),
        Case("char_ref_overflow", lambda: article("<p>" + "&#x19debd0041;&#99999999999;&#0;&#x80;" * 20000
                                                  + '<a href="&#x7fffffff;">x</a></p>'), "ok"),
        Case("surrogate_char_refs", lambda: article("<p>" + "&#xD800;&#xDFFF;&#x110000;" * 1000 + "</p>"),
             "ok"),
    ]


def write_case(case, outdir):
    path = os.path.join(outdir, case.name)
    with open(path, "wb") as f:
        if case.sparse:
            f.truncate(case.sparse)
        else:
            f.write(case.make())
    return path


# The seed article re-encoded: each must give the seed's object, with this
# charset warning first (None: no warning of its own).
ENCODINGS = {
    "enc_crlf_bom.txt": (lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"), None),
    "enc_utf16le_bom.txt": (lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
                            "charset: decoded as UTF-16LE (BOM)"),
    "enc_utf16be_bom.txt": (lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
                            "charset: decoded as UTF-16BE (BOM)"),
    "enc_gb18030.txt": (lambda t: t.encode("gb18030"), "charset: not UTF-8, decoded as GB18030"),
}


def write_encodings(outdir):
    text = seed().decode("utf-8")
    for name, (encode, _) in ENCODINGS.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(encode(text))
    with open(os.path.join(outdir, "enc_seed.txt"), "wb") as f:
        f.write(seed())


def write_extras(outdir):
    """Inputs for run_hostile.py's staged runs: a 4 MB article (time budget),
    one whose JSON is far bigger than a pipe's buffer, and a 6 MB body (out of
    memory under ulimit -v)."""
    extra = os.path.join(outdir, "extra")
    os.makedirs(extra, exist_ok=True)
    with open(os.path.join(extra, "slow.txt"), "wb") as f:
        f.write(article("<p>排名前十的是甲、乙、丙、丁、戊、己、庚、辛、壬和癸。</p>\n" * 50000))
    with open(os.path.join(extra, "big_output.txt"), "wb") as f:
        f.write(article("<p>甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥。</p>\n" * 40000))
    with open(os.path.join(extra, "six_mb_body.txt"), "wb") as f:  # parsed outside the arena
        f.write(article("<p>" + "x " * 3000000 + "</p>\n"))
    return extra


def write_fs(outdir):
    """File-system oddities that need no privileges."""
    fs = os.path.join(outdir, "fs")
    loops = os.path.join(fs, "loops")
    os.makedirs(os.path.join(loops, "a"), exist_ok=True)
    with open(SEED, "rb") as src, open(os.path.join(loops, "good.txt"), "wb") as dst:
        dst.write(src.read())
    os.symlink(".", os.path.join(loops, "self"))        # loops/self -> loops
    os.symlink("..", os.path.join(loops, "a", "up"))    # loops/a/up -> loops
    os.symlink("nowhere.txt", os.path.join(loops, "dangling.txt"))
    os.mkfifo(os.path.join(fs, "fifo.txt"))
    newline = os.path.join(fs, "newline")
    os.makedirs(newline, exist_ok=True)
    with open(os.path.join(newline, "evil\nnewsextract: error: forged.txt: x.txt"), "wb") as f:
        f.write(b"a\0b")
    return fs


def main():
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):
        if sys.argv[1:] in (["-h"], ["--help"]):
            print(__doc__)
            return
        sys.exit(__doc__)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for case in CASES():
        write_case(case, outdir)
    write_encodings(outdir)
    write_extras(outdir)
    write_fs(outdir)
    write_rules(outdir)
    print(f"gen.py: {len(CASES())} cases, {len(ENCODINGS)} encodings, {len(RULES_CASES)} rules "
          f"files, extra/, fs/ and rules/ in {outdir}")


if __name__ == "__main__":
    main()
