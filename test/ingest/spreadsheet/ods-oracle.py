"""
An independent reading of .ods content.xml documents, for the property test of
the byte scanner (ods-content.property.test.ts): python3's expat (xml.sax, no
namespaces, so names keep their prefix) parses each document, and the rows are
put together by the rules the reader documents: a sheet per table:table, a row
per table:table-row repeated as it says (empty rows only counted), a cell's
value from office:value (float, percentage, currency), office:boolean-value or
office:date-value, otherwise its paragraphs' text joined by line feeds (text:s
as spaces, text:tab, text:line-break; comments left out), repeated cells, empty
cells kept between filled ones and dropped at the end of a row, and the columns
where a cell merged across columns starts.

stdin: a JSON list of base64 documents. stdout: a JSON list, for each document
either {"events": [...]} or {"error": "..."}.
"""
import base64
import json
import sys
import xml.sax

MAX_ROW_CELLS = 1024
NUMERIC = {"float", "percentage", "currency"}


def count(attributes, name):
    """A repeat count as JavaScript's Number() reads it: a whole number of at least 1, else 1."""
    text = attributes.get(name, "1").strip()
    try:
        value = float(text) if text else 0.0
    except ValueError:
        return 1
    return int(value) if value.is_integer() and value >= 1 else 1


class Reader(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
        self.sheets = 0
        self.in_sheet = False
        self.row_number = 0
        self.fields = []
        self.merged = []
        self.empty_cells = 0
        self.row_repeat = 1
        self.in_cell = False
        self.cell_repeat = 1
        self.cell_value = None
        self.cell_text = ""
        self.paragraphs = 0
        self.paragraph_depth = 0
        self.cell_merged = False
        self.annotation_depth = 0

    def startElement(self, name, attributes):
        if self.annotation_depth > 0:
            self.annotation_depth += 1
            return
        if name == "table:table":
            self.sheets += 1
            self.in_sheet = True
            self.row_number = 0
            self.events.append(["start", attributes.get("table:name", "Sheet%d" % self.sheets)])
        elif name == "table:table-row":
            self.fields, self.merged, self.empty_cells = [], [], 0
            self.row_repeat = count(attributes, "table:number-rows-repeated")
        elif name in ("table:table-cell", "table:covered-table-cell"):
            self.in_cell = True
            self.cell_repeat = count(attributes, "table:number-columns-repeated")
            self.cell_text = ""
            self.paragraphs = 0
            self.cell_merged = count(attributes, "table:number-columns-spanned") > 1
            kind = attributes.get("office:value-type")
            self.cell_value = (
                attributes.get("office:value")
                if kind in NUMERIC
                else attributes.get("office:boolean-value")
                if kind == "boolean"
                else attributes.get("office:date-value")
                if kind == "date"
                else None
            )
        elif name == "office:annotation":
            self.annotation_depth = 1
        elif name in ("text:p", "text:h"):
            if not self.in_cell:
                return
            if self.paragraphs > 0:
                self.cell_text += "\n"
            self.paragraphs += 1
            self.paragraph_depth += 1
        elif name == "text:s" and self.in_cell:
            self.cell_text += " " * min(count(attributes, "text:c"), 1000)
        elif name == "text:tab" and self.in_cell:
            self.cell_text += "\t"
        elif name == "text:line-break" and self.in_cell:
            self.cell_text += "\n"

    def endElement(self, name):
        if self.annotation_depth > 0:
            self.annotation_depth -= 1
            return
        if name in ("table:table-cell", "table:covered-table-cell"):
            value = self.cell_value if self.cell_value is not None else self.cell_text
            if value == "":
                self.empty_cells += self.cell_repeat
            else:
                for _ in range(self.empty_cells):
                    if len(self.fields) < MAX_ROW_CELLS:
                        self.fields.append("")
                self.empty_cells = 0
                if self.cell_merged and len(self.fields) < MAX_ROW_CELLS:
                    self.merged.append(len(self.fields))
                for _ in range(self.cell_repeat):
                    if len(self.fields) < MAX_ROW_CELLS:
                        self.fields.append(value)
            self.in_cell = False
        elif name in ("text:p", "text:h"):
            if self.paragraph_depth > 0:
                self.paragraph_depth -= 1
        elif name == "table:table-row":
            if not self.in_sheet:
                return
            if not self.fields:
                self.row_number += self.row_repeat
                return
            for _ in range(self.row_repeat):
                self.row_number += 1
                self.events.append(["row", self.row_number, list(self.fields), list(self.merged)])
        elif name == "table:table":
            self.in_sheet = False
            self.events.append(["end"])

    def characters(self, content):
        if self.paragraph_depth > 0 and self.annotation_depth == 0:
            self.cell_text += content


def read(document):
    reader = Reader()
    try:
        xml.sax.parseString(document, reader)
    except xml.sax.SAXParseException as error:
        return {"error": str(error)}
    return {"events": reader.events, "sheets": reader.sheets}


print(json.dumps([read(base64.b64decode(document)) for document in json.load(sys.stdin)]))
