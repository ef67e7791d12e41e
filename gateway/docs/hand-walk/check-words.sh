#!/usr/bin/env bash
# Fetches the page, PDF, every CSV and the spreadsheet of a quarter as a user, extracts their text and greps for
# codes (ALL_CAPS_WITH_UNDERSCORES) and ISO timestamps with fractions of a second.
set -euo pipefail
Q=${Q:-2018-19/Q2}; USER_NAME=${USER_NAME:-gov.viewer.secret}; HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-/tmp/rcs-hand-walk}
mkdir -p "$OUT"; cd "$OUT"; . "$HERE/classpath.sh"
T=$(curl -s -d grant_type=password -d client_id=rcs-cli -d username=$USER_NAME -d password=$USER_NAME \
  http://127.0.0.1:18080/realms/west-midlands/protocol/openid-connect/token | jq -r .access_token)
G=http://127.0.0.1:8080/api/v1
curl -sf -H "Authorization: Bearer $T" -H 'Accept: text/html' "$G/board-pack/$Q" > page.html
curl -sf -H "Authorization: Bearer $T" "$G/board-pack/$Q/pdf" > pack.pdf
curl -sf -H "Authorization: Bearer $T" "$G/governance/$Q" > view.json
curl -sf -H "Authorization: Bearer $T" "$G/governance/$Q/export" > export.json
rm -rf csv; mkdir csv
jq -r ".tables[].id" export.json > tables.txt
while read -r t; do curl -sf -H "Authorization: Bearer $T" "$G/governance/$Q/export/csv/$t" > "csv/$t.csv"; done < tables.txt
curl -sf -H "Authorization: Bearer $T" "$G/governance/$Q/export/xlsx" > pack.xlsx
rm -rf xlsx; mkdir xlsx; (cd xlsx && unzip -qo ../pack.xlsx)
java -cp "$CP" "$HERE/Extract.java" pack.pdf > pdf.txt 2>/dev/null
# the page's text: tags and data attributes (for machines) removed
sed -e 's/<[^>]*>/ /g' page.html > page.txt
cat xlsx/xl/sharedStrings.xml xlsx/xl/worksheets/*.xml 2>/dev/null | sed -e 's/<[^>]*>/ /g' > xlsx.txt
CODE='[A-Z]{3,}_[A-Z_]+'; ISO='[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]+\.[0-9]{4,}'
for f in page.txt pdf.txt xlsx.txt csv/*.csv; do
  c=$(grep -oE "$CODE" "$f" | sort | uniq -c | sort -rn | head -20 | tr '\n' ';' || true)
  i=$(grep -cE "$ISO" "$f" || true)
  echo "$f: codes [${c}] iso-with-fraction lines: $i"
done
echo "pages: $(grep -c '^=== page' pdf.txt); tables: $(wc -l < tables.txt)"
