curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/conferences/conf-7qrj2t3lfixl4cgjcdonkna/members/member-i3bgynrxllq3n3hbe5ccaxq' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "hold": true
}'
