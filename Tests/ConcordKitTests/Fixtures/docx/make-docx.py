#!/usr/bin/env python3
"""Makes the .docx fixtures with pandoc (run from this folder; the tests
need only the files it writes, never pandoc).

- corpus/NAME.docx: the corpus's NAME.txt, each paragraph a Word paragraph,
  bullets a Word bulleted list, tab-separated rows a Word table, the
  export's "[bookmark: …]", "[image: …]" and "<u>" debris left out (Word has none).
  The Markdown it is made from is kept beside it as NAME.md.
- devset/NAME.docx: the development set's ../devset/NAME.md, as pandoc converts it.
"""
import os, re, subprocess, sys

ROOT = "../../../.."
DEVSET = "../devset"
DEVSET_NAMES = [
    "ambleford-primary-phones-and-smart-watches-years-5-and-6",
    "brindlecote-infant-using-school-social-media-accounts",
    "otterbrook-junior-school-ks2-pupil-acceptable-use-agreement",
    "thistlecombe-school-social-media-and-images-policy",
]
DEBRIS = re.compile(r"\[(bookmark|image): [^\]]*\]|</?[biu]>")
BULLET = re.compile(r"^\s*(?:- )?[·•o\-–]\s+")

def escape(text):
    text = text.replace("\\", "\\\\")
    for mark in "*_`[]<>#|$~^@":
        text = text.replace(mark, "\\" + mark)
    # The export's "**must not**" was bold in Word, and is bold again.
    text = re.sub(r"\\\*\\\*(.+?)\\\*\\\*", r"**\1**", text)
    # A number or letter that would open an ordered list stays text.
    text = re.sub(r"^(\w{1,4})([.)])", r"\1\\\2", text)
    text = re.sub(r"^([-+])", r"\\\1", text)
    return text

def markdown(lines):
    out, table = [], []
    def flush_table():
        if not table: return
        width = max(len(row) for row in table)
        rows = [row + [""] * (width - len(row)) for row in table]
        out.append("| " + " | ".join(escape(c) for c in rows[0]) + " |")
        out.append("|" + "---|" * width)
        for row in rows[1:]:
            out.append("| " + " | ".join(escape(c) for c in row) + " |")
        out.append("")
        table.clear()
    previous = ""
    first = next((DEBRIS.sub("", l).strip() for l in lines if DEBRIS.sub("", l).strip()), "")
    seen_first = False
    for raw in lines:
        line = DEBRIS.sub("", raw.rstrip("\r\n")).replace("\f", "")
        # The first line again, below, is the export's page header: Word has none in the text.
        if line.strip() == first:
            if seen_first:
                while out and out[-1] == "": out.pop()
                previous = "page header"
                continue
            seen_first = True
        if not line.strip() and previous == "page header":
            continue
        if "\t" in line.strip():
            if not table and out and out[-1] != "": out.append("")
            table.append([cell.strip() for cell in line.strip().split("\t") if cell.strip()])
            previous = line
            continue
        flush_table()
        if not line.strip():
            previous = ""
            continue
        # A hard-wrapped line (indented, after text) goes on with its paragraph.
        wrapped = line.startswith(" ") or (line[:1].islower() and not previous.rstrip().endswith((".", ":", ";", "!", "?")))
        if wrapped and previous and out and out[-1] != "":
            out[-1] += " " + escape(line.strip())
            previous = line
            continue
        if out and out[-1] != "": out.append("")
        match = BULLET.match(line)
        if match and len(line) > match.end():
            out.append("- " + escape(line[match.end():].strip()))
        else:
            out.append(escape(line.strip()))
        previous = line
    flush_table()
    return "\n".join(out) + "\n"

def main():
    os.makedirs("corpus", exist_ok=True)
    os.makedirs("devset", exist_ok=True)
    for name in ["ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton", "todwick"]:
        text = open(f"{ROOT}/corpus/{name}.txt", encoding="utf-8", errors="replace").read().splitlines()
        open(f"corpus/{name}.md", "w").write(markdown(text))
        subprocess.run(["pandoc", "-f", "markdown-smart", f"corpus/{name}.md", "-o", f"corpus/{name}.docx"], check=True)
    for name in DEVSET_NAMES:
        subprocess.run(["pandoc", "-f", "markdown-smart", f"{DEVSET}/{name}.md", "-o", f"devset/{name}.docx"], check=True)

if __name__ == "__main__":
    main()
