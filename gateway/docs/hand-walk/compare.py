# Compares every exported CSV (in the current directory, as check-words.sh leaves them) with the page table of the same
# title, row by row and cell by cell (numbers without separators or pound signs). Run: python3 compare.py
import csv, glob, html, re, sys
page = open('page.html').read()
tables = {}
for m in re.finditer(r'<table class="govuk-table pack-table" data-figure="([^"]*)">(.*?)</table>', page, re.S):
    cap = html.unescape(m.group(1)); rows = []
    for r in re.finditer(r'<tr class="govuk-table__row[^"]*" data-key="[^"]*"><th[^>]*>(.*?)</th>(.*?)</tr>', m.group(2), re.S):
        rows.append([html.unescape(r.group(1))] + [html.unescape(c) for c in re.findall(r'<td[^>]*>(.*?)</td>', r.group(2))])
    tables[cap] = rows
def norm(v):
    v = v.strip().replace('£', '').replace(',', '')
    if re.fullmatch(r'-?\d+(\.\d+)?', v): return str(float(v))
    return v.lower()
matched = 0; problems = []
for f in sorted(glob.glob('csv/*.csv')):
    rows = list(csv.reader(open(f)))
    title = rows[1][0]; body = rows[3:-1]
    name = title.split(': ', 1)[1].rsplit('. Prepared', 1)[0]
    cands = [c for c in tables if name.endswith(c) or name.endswith(', ' + c)]
    if not cands:
        continue
    prow = {r[0].lower(): r[1:] for r in tables[cands[0]]}
    for r in body:
        p = prow.get(r[0].lower())
        if p is None:
            problems.append(f"{f}: row {r[0]} not on page"); continue
        for i, (a, b) in enumerate(zip(r[1:], p)):
            if norm(a) != norm(b) and not (a == '' and b in ('', '-', '—')):
                problems.append(f"{f}: {r[0]} col {i+1}: csv {a!r} page {b!r}")
    matched += 1
print("csv tables compared with a page table:", matched)
print("\n".join(problems[:30]) or "no difference")
