#!/usr/bin/env bash
# Issue 2018-19/Q2, post and approve a new disruption in that quarter, check the issued PDF is unchanged, the live
# view moved and a re-issue is version 2 listing the change.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); mkdir -p "${OUT:=/tmp/rcs-hand-walk}"; cd "$OUT"
KC=http://127.0.0.1:18080/realms/west-midlands/protocol/openid-connect/token; G=http://127.0.0.1:8080/api/v1
user() { curl -s -d grant_type=password -d client_id=rcs-cli -d username=$1 -d password=$1 $KC | jq -r .access_token; }
S=$(user gov.secretariat); V=$(user gov.viewer.secret); M=$(user rocu.moderator)
F=$(curl -s -d grant_type=client_credentials -d client_id=force-wmp -d client_secret=dev-force-wmp-secret $KC | jq -r .access_token)
total() { curl -s -H "Authorization: Bearer $V" $G/governance/2018-19/Q2 | jq '.rocu.figures.approvedDisruptions.total.current.value'; }
BEFORE=$(total); echo "live total before: $BEFORE"
LOC=$(curl -si -X POST -H "Authorization: Bearer $S" $G/board-packs/2018-19/Q2 | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
echo "issued: $LOC"
curl -s -H "Authorization: Bearer $S" "$LOC" > issued-v1.json
jq '{version, classification, caveats, issuedBy, issuedAt, pdfSha256}' issued-v1.json
curl -s -H "Authorization: Bearer $S" -o issued-v1-before.pdf "$LOC/pdf"
echo "v1 sha before: $(sha256sum issued-v1-before.pdf | cut -c1-64) stored: $(jq -r .pdfSha256 issued-v1.json)"
SRC="WALK-$(date +%s)"
curl -s -X POST -H "Authorization: Bearer $F" -H 'Content-Type: application/json' $G/rocu/disruptions -d '{"sourceRecordId":"'$SRC'","targetType":"NONE","leadAgency":"ROCU","crimeType":"FIREARMS","claimedImpact":"MAJOR","category":"PURSUE","activityLevel":"REGIONAL","disruptedOn":"2018-08-20","narrative":"Synthetic: firearms supply disrupted (hand walk).","highlight":false}' | jq -c '{id, status, quarter}'
curl -s -X POST -H "Authorization: Bearer $M" -H 'Content-Type: application/json' $G/rocu/moderation/panels/2018-09-06/decisions -d '{"force":"WMP","sourceRecordId":"'$SRC'","decision":"APPROVE"}' | jq -c '{status, decision}' || true
for i in $(seq 1 30); do t=$(total); echo "live total now: $t"; [ "$t" != "$BEFORE" ] && break; sleep 2; done
curl -s -H "Authorization: Bearer $S" -o issued-v1-after.pdf "$LOC/pdf"
echo "v1 sha after:  $(sha256sum issued-v1-after.pdf | cut -c1-64)"; cmp issued-v1-before.pdf issued-v1-after.pdf && echo "v1 PDF byte-identical"
LOC2=$(curl -si -X POST -H "Authorization: Bearer $S" $G/board-packs/2018-19/Q2 | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
curl -s -H "Authorization: Bearer $S" "$LOC2" > issued-v2.json
jq '{version, pdfSha256, changes}' issued-v2.json
curl -s -H "Authorization: Bearer $S" -o issued-v2.pdf "$LOC2/pdf"
. "$HERE/classpath.sh"; java -cp "$CP" "$HERE/Extract.java" issued-v2.pdf > issued-v2.txt 2>/dev/null
grep -A8 "Changes since version" issued-v2.txt | head -20
