#!/usr/bin/env python3
"""Makes the .docx inputs of concord-bench's Word row (run from this folder,
with pandoc): generated policies, written by
`concord-bench --write-corpus DIR --extract-mb 0.4`, each kept as NAME.txt
and made into NAME.docx as the test fixtures are (each paragraph a Word
paragraph, bullets a Word list, rows a Word table)."""
import importlib.util, shutil, subprocess, sys

spec = importlib.util.spec_from_file_location("make_docx", "../../Tests/ConcordKitTests/Fixtures/docx/make-docx.py")
make_docx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_docx)

source = sys.argv[1]
for index in range(8):
    name = f"policy-{index}"
    shutil.copy(f"{source}/{name}.txt", f"{name}.txt")
    lines = open(f"{name}.txt", encoding="utf-8").read().splitlines()
    open(f"/tmp/{name}.md", "w").write(make_docx.markdown(lines))
    subprocess.run(["pandoc", "-f", "markdown-smart", f"/tmp/{name}.md", "-o", f"{name}.docx"], check=True)
