#!/usr/bin/env python3
"""Fill translations into a Qt Linguist .ts file from a JSON table {source text: translation}.

    tools/tsfill.py translations/joinery_ko.ts table.json   # set the given translations
    tools/tsfill.py translations/joinery_ko.ts --missing    # list source texts still untranslated
    tools/tsfill.py translations/joinery_ko.ts --dump > t.json   # the finished ones as a table

Entries are matched by source text in every context; a filled entry loses type="unfinished".
Run `make translations` first so that the .ts file knows every string in the sources. lupdate
drops translations whose string moved to another context; dump the table before and fill it
back after to keep them.
"""
import json
import sys
import xml.etree.ElementTree as ET


def translation_text(msg, tr):
    """The translation of a message; for a plural message, its first form."""
    if msg.get("numerus") == "yes":
        form = tr.find("numerusform")
        return (form.text or "") if form is not None else ""
    return tr.text or ""


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    path, arg = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if arg == "--dump":
        table = {}
        for msg in root.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                text = translation_text(msg, tr)
                if text.strip():
                    table[msg.findtext("source")] = text
        json.dump(table, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
        return 0
    if arg == "--missing":
        missing = 0
        for msg in root.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not translation_text(msg, tr).strip():
                print(json.dumps(msg.findtext("source"), ensure_ascii=False))
                missing += 1
        print(f"{missing} untranslated", file=sys.stderr)
        return 1 if missing else 0
    with open(arg, encoding="utf-8") as f:
        table = json.load(f)
    filled = 0
    for msg in root.iter("message"):
        src = msg.findtext("source")
        if src in table:
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if msg.get("numerus") == "yes":
                # Korean has one plural form: a single <numerusform>.
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                ET.SubElement(tr, "numerusform").text = table[src]
            else:
                tr.text = table[src]
            tr.attrib.pop("type", None)
            filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"filled {filled} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
