#!/usr/bin/env python3
"""Writes the hand-made WordprocessingML cases in wordml/ (run from this
folder): each a minimal .docx whose XML is written out here, so that each
feature the reader handles is seen on its own."""
import os, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'

def docx(name, body, styles=None, numbering=None, extra=None):
    os.makedirs("wordml", exist_ok=True)
    with zipfile.ZipFile(f"wordml/{name}.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>')
        if styles: z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles {W}>{styles}</w:styles>')
        if numbering: z.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering {W}>{numbering}</w:numbering>')
        for part, xml in (extra or {}).items(): z.writestr(part, xml)

def p(text, style=None, num=None, ppr=""):
    props = ""
    if style: props += f'<w:pStyle w:val="{style}"/>'
    if num: props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}{ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SchoolHeading"><w:name w:val="School Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered Heading"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
"""

NUMBERING = """
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
 <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
"""

docx("headings",
     p("Online Safety Policy", "Titre")
     + p("Roles and responsibilities", "Heading1")
     + p("Staff must lock their screens.")
     + p("Governors", "SchoolHeading")
     + p("Set by hand", ppr='<w:outlineLvl w:val="2"/>')
     + p("Body text level", ppr='<w:outlineLvl w:val="9"/>')
     + p("Unknown style", "NoSuchStyle"),
     styles=STYLES)

docx("numbering",
     p("Conduct", "Numbered")
     + p("Staff must not befriend pupils online.", num=(1, 1))
     + p("Staff must not share images of pupils.", num=(1, 2))
     + p("Staff must report concerns.", num=(1, 2))
     + p("Pupils must not bring phones to lessons.", num=(1, 1))
     + p("Sanctions", num=(1, 0))
     + p("Parents must not post photos of other children.", num=(2, 0))
     + p("Parents should ask first.", num=(2, 0))
     + p("unless the school agrees.", num=(2, 1))
     + p("Visitors must sign in.", num=(3, 0))
     + p("at reception.", num=(3, 1))
     + p("Contractors must wear a badge.", num=(4, 0))
     + p("No list at all.", num=(0, 0)),
     styles=STYLES, numbering=NUMBERING)

def row(*cells):
    return "<w:tr><w:trPr/>" + "".join(f"<w:tc><w:tcPr/>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

docx("table",
     p("Behaviour Policy", "Heading1")
     + "<w:tbl><w:tblPr/>" + row("Version", "Purpose", "Lead", "Date") + row("1.0", "New policy", "A. Reader", "May 2024")
     + row("1.1", "Reviewed", "A. Reader", "May 2025") + "</w:tbl>"
     + p("Who may use what:")
     + "<w:tbl>" + row("Device", "Staff", "Pupils") + row("Phone", "Allowed", "Not allowed")
     + "<w:tr><w:tc><w:p><w:r><w:t>Tablet</w:t></w:r></w:p><w:p><w:r><w:t>(school owned)</w:t></w:r></w:p></w:tc><w:tc>" + p("Allowed") + "</w:tc><w:tc>" + p("Allowed") + "</w:tc></w:tr></w:tbl>"
     + p("Staff must follow the table."),
     styles=STYLES)

docx("tracked",
     p("Phones", "Heading1")
     + '<w:p><w:r><w:t xml:space="preserve">Pupils </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">may </w:delText></w:r></w:del>'
       '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">must not </w:t></w:r></w:ins><w:r><w:t>bring phones to school.</w:t></w:r></w:p>'
     + '<w:p><w:r><w:t xml:space="preserve">Staff must </w:t></w:r><w:moveFrom w:id="3"><w:r><w:t>never </w:t></w:r></w:moveFrom><w:r><w:t>report concerns.</w:t></w:r></w:p>',
     styles=STYLES)

docx("fields",
     p("Fields and breaks", "Heading1")
     + '<w:p><w:r><w:t xml:space="preserve">This policy was reviewed on </w:t></w:r>'
       '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
       '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 May 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
       '<w:r><w:t xml:space="preserve"> by </w:t></w:r><w:fldSimple w:instr=" AUTHOR "><w:r><w:t>the governors</w:t></w:r></w:fldSimple><w:r><w:t>.</w:t></w:r></w:p>'
     + '<w:p><w:r><w:t>Staff must:</w:t><w:br/><w:t>lock screens</w:t><w:tab/><w:t>daily</w:t></w:r></w:p>'
     + '<w:p><w:r><w:br w:type="page"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>Pupils must not use phones.</w:t></w:r>'
       '<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve"> Ever &amp; always &#8211; &lt;really&gt;.</w:t></w:r>'
       '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
     + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Visitors must sign in.</w:t></w:r><w:r><w:drawing><w:t>drawn text</w:t></w:drawing></w:r></w:p>',
     styles=STYLES,
     extra={"word/header1.xml": f'<w:hdr {W}><w:p><w:r><w:t>HEADER TEXT must not appear</w:t></w:r></w:p></w:hdr>',
            "word/footer1.xml": f'<w:ftr {W}><w:p><w:r><w:t>FOOTER TEXT must not appear</w:t></w:r></w:p></w:ftr>',
            "word/comments.xml": f'<w:comments {W}><w:comment w:id="0"><w:p><w:r><w:t>COMMENT must not appear</w:t></w:r></w:p></w:comment></w:comments>',
            "word/footnotes.xml": f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>FOOTNOTE must not appear</w:t></w:r></w:p></w:footnote></w:footnotes>'})

# Not Word documents: a ZIP without word/document.xml, and an old .doc's signature.
with zipfile.ZipFile("wordml/not-word.docx", "w") as z:
    z.writestr("content.xml", "<office:document/>")
open("wordml/old-format.doc", "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
cfb = bytearray(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
cfb += "EncryptedPackage".encode("utf-16-le") + bytes(64)
open("wordml/encrypted.docx", "wb").write(bytes(cfb))
open("wordml/text-named.docx", "w").write("Staff must not befriend pupils.\n")
# A part that inflates to 40 MB of spaces from about 40 kB: refused by its ratio.
with zipfile.ZipFile("wordml/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", b"<w:document><w:body>" + b" " * (40 << 20) + b"</w:body></w:document>")
# The body at another name, found through the package's relationships (Word on the web writes document2.xml).
with zipfile.ZipFile("wordml/document2.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>')
    z.writestr("word/document2.xml", f'<w:document {W}><w:body>{p("Staff must not befriend pupils.")}</w:body></w:document>')
