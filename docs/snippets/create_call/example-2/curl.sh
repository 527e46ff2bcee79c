curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "from": "+19195551212",
  "to": "sip:someone@somewhere.com",
  "sipHeaders": {
    "X-Header-1": "value1",
    "X-Header-2": "value2"
  }
}'
