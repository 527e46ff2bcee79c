curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls/c-qbs5kwrsyx6wsdi' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "state": "transferring",
  "transferTo": "+18382947878"
}'
