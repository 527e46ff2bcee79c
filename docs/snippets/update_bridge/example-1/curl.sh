curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/bridges/brg-65dhjwrmbasiei' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "callIds": [
    "c-qbs5kwrsyx6wsdi",
    "c-zan4g74pprsq"
  ],
  "bridgeAudio": true
}'
