#!/usr/bin/env python3
"""Writes the dialect fixtures: the same 12 answers (plain.csv) as each platform exports them.

Run once from this folder (python3 make_fixtures.py); the files are committed and the tests do
not need Python. The layouts follow each platform's documented export format (see README.md).
"""
import csv, io, json

LABELS = ["Very inaccurate", "Inaccurate", "Somewhat inaccurate", "Neither accurate nor inaccurate",
          "Somewhat accurate", "Accurate", "Very accurate"]
ITEMS = [
    ("PS1", "If you make a mistake on this team, it is often held against you."),
    ("PS2", "Members of this team are able to bring up problems and tough issues."),
    ("PS3", "People on this team sometimes reject others for being different."),
    ("PS4", "It is safe to take a risk on this team."),
    ("PS5", "It is difficult to ask other members of this team for help."),
    ("PS6", "No one on this team would deliberately act in a way that undermines my efforts."),
    ("PS7", "Working with members of this team, my unique skills and talents are valued and utilized."),
]
STEM = "Please rate how accurately each statement describes your team."
# respondent, team, answers (None = not answered), completion time in seconds
ROWS = [
    ("r01", "Nord", [2, 6, 2, 5, 3, 6, 6], 312),
    ("r02", "Nord", [3, 5, 2, 6, 2, 5, 6], 245),
    ("r03", "Nord", [1, 7, 1, 6, 2, 7, 7], 401),
    ("r04", "Nord", [4, 4, 3, 4, 4, 5, 5], 198),
    ("r05", "Nord", [2, 6, 3, 5, 2, None, 6], 276),
    ("r06", "Nord", [3, 5, 2, 5, 3, 6, 5], 333),
    ("r07", "Süd", [5, 3, 4, 3, 5, 3, 4], 287),
    ("r08", "Süd", [6, 2, 5, 2, 6, 3, 3], 264),
    ("r09", "Süd", [4, 4, 4, 3, 5, 4, 4], 352),
    ("r10", "Süd", [5, 3, 6, 2, 4, 2, 3], 221),
    ("r11", "Süd", [6, 2, 5, 3, 5, 3, 2], 309),
    ("r12", "Süd", [4, 3, 5, 4, 4, 4, 4], 296),
]
# Rows a platform marks as not a real or not a finished response (dropped by default).
UNFINISHED = ("r13", "Süd", [7, 7, 7, None, None, None, None], 40)

def start_end(i, secs):
    m0 = 9 * 3600 + i * 600
    m1 = m0 + secs
    return m0, m1

def hms(t):
    return t // 3600, (t % 3600) // 60, t % 60

def iso(t):
    h, m, s = hms(t)
    return f"2026-11-23 {h:02d}:{m:02d}:{s:02d}"

def us(t, ampm=True):
    h, m, s = hms(t)
    if ampm:
        return f"11/23/2026 {h % 12 or 12:02d}:{m:02d}:{s:02d} {'PM' if h >= 12 else 'AM'}"
    return f"11/23/2026 {h}:{m:02d}:{s:02d}"

def label(v):
    return "" if v is None else LABELS[v - 1]

def num(v):
    return "" if v is None else str(v)

def write(name, rows, delimiter=",", encoding="utf-8", quoting=csv.QUOTE_MINIMAL, newline="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    w.writerows(rows)
    with open(name, "wb") as f:
        f.write(buf.getvalue().encode(encoding))

# plain: the reference every other file must agree with.
write("plain.csv", [["respondent", "team"] + [i for i, _ in ITEMS]]
      + [[r, t] + [num(v) for v in a] for r, t, a, _ in ROWS], newline="\n")

# Qualtrics, "Use choice text", export tags Q1_1..Q1_7 (a matrix question), team as embedded data.
meta = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
        "Finished", "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName",
        "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
        "DistributionChannel", "UserLanguage"]
meta2 = ["Start Date", "End Date", "Response Type", "IP Address", "Progress",
         "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
         "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference",
         "Location Latitude", "Location Longitude", "Distribution Channel", "User Language"]
meta3 = ['{"ImportId":"startDate","timeZone":"Europe/Berlin"}', '{"ImportId":"endDate","timeZone":"Europe/Berlin"}',
         '{"ImportId":"status"}', '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}',
         '{"ImportId":"duration"}', '{"ImportId":"finished"}',
         '{"ImportId":"recordedDate","timeZone":"Europe/Berlin"}', '{"ImportId":"_recordId"}',
         '{"ImportId":"recipientLastName"}', '{"ImportId":"recipientFirstName"}',
         '{"ImportId":"recipientEmail"}', '{"ImportId":"externalDataReference"}',
         '{"ImportId":"locationLatitude"}', '{"ImportId":"locationLongitude"}',
         '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}']

def qualtrics(name, tags, value, finished_true, finished_false):
    rows = [meta + tags + ["team"],
            meta2 + [f"{STEM} - {text}" for _, text in ITEMS] + ["team"],
            meta3 + [json.dumps({"ImportId": f"QID1_{k + 1}"}, separators=(",", ":")) for k in range(7)]
            + ['{"ImportId":"team"}']]
    all_rows = ROWS[:6] + [("preview", "Nord", [7] * 7, 30)] + ROWS[6:] + [UNFINISHED]
    for i, (r, t, a, secs) in enumerate(all_rows):
        m0, m1 = start_end(i, secs)
        status = "Survey Preview" if r == "preview" else "IP Address"
        fin = finished_false if r == "r13" else finished_true
        progress = "43" if r == "r13" else "100"
        rows.append([iso(m0), iso(m1), status, f"203.0.113.{i + 10}", progress, str(secs), fin,
                     iso(m1), f"R_{r}x9Fq2LmZ", "Doe", "Jane", f"{r}@example.com", "",
                     "52.52", "13.40", "anonymous" if r != "preview" else "preview", "EN"]
                    + [value(v) for v in a] + [t])
    write(name, rows)

qualtrics("qualtrics.csv", [f"Q1_{k + 1}" for k in range(7)], label, "True", "False")
# "Use numeric values", custom export tags equal to the item ids.
qualtrics("qualtrics-numeric.csv", [i for i, _ in ITEMS], num, "1", "0")

# SurveyMonkey "All responses data", CSV, expanded columns, actual answer text.
sm1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
       "First Name", "Last Name", "Custom Data 1", "Which team are you on?", STEM] + [""] * 6
sm2 = [""] * 9 + ["Response"] + [text for _, text in ITEMS]
rows = [sm1, sm2]
for i, (r, t, a, secs) in enumerate(ROWS):
    m0, m1 = start_end(i, secs)
    rows.append([str(114412000000 + i), "431234567", us(m0), us(m1), f"198.51.100.{i + 1}",
                 "", "", "", "", t] + [label(v) for v in a])
write("surveymonkey.csv", rows)

# Google Forms, responses downloaded as CSV from the linked Sheet (grid question).
g = ["Timestamp", "Email Address", "Team"] + [f"{STEM} [{text}]" for _, text in ITEMS]
rows = [g]
for i, (r, t, a, secs) in enumerate(ROWS):
    m0, m1 = start_end(i, secs)
    h, m, s = hms(m1)
    rows.append([f"2026/11/23 {h}:{m:02d}:{s:02d} AM GMT+1", f"{r}@example.com", t]
                + [label(v) for v in a])
write("google-forms.csv", rows)

# Microsoft Forms, Excel workbook saved as "CSV UTF-8 (comma delimited)": with a BOM.
ms = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
      "Which team are you on?"] + [text for _, text in ITEMS]
rows = [ms]
for i, (r, t, a, secs) in enumerate(ROWS):
    m0, m1 = start_end(i, secs)
    rows.append([str(i + 1), us(m0, False), us(m1, False), "anonymous", "", "", t]
                + [label(v) for v in a])
write("microsoft-forms.csv", rows, encoding="utf-8-sig")

# The same workbook saved by a German Excel as "CSV (Trennzeichen-getrennt)": ; and Windows-1252.
write("excel-semicolon.csv", rows, delimiter=";", encoding="cp1252")
# ... and as "Unicode Text": UTF-16 LE with a byte order mark, tab-delimited.
write("excel-unicode.txt", rows, delimiter="\t", encoding="utf-16")

# LimeSurvey "Export results": CSV, headings "Question code", responses "Full answers".
ls = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp",
      "ipaddr", "refurl", "team"] + [f"PS[{i}]" for i, _ in ITEMS]
rows = [ls]
for i, (r, t, a, secs) in enumerate(ROWS + [UNFINISHED]):
    m0, m1 = start_end(i, secs)
    done = r != "r13"
    rows.append([str(i + 1), iso(m1) if done else "", "2" if done else "1", "en",
                 str(1234567 + i), iso(m0), iso(m1), "192.0.2.1", "", t] + [label(v) for v in a])
write("limesurvey.csv", rows, quoting=csv.QUOTE_ALL)
