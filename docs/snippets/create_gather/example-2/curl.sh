curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls/c-qbs5kwrsyx6wsdi/gather' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "maxDigits": 1,
  "tag": "main-menu",
  "prompt": {
    "fileUrl": "http://example.com/menu.mp3",
    "loopEnabled": true
  }
}'
