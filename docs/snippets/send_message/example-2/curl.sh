curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "from": "+19195551212",
  "to": "+19195551213",
  "text": "Good morning, this is a test message",
  "media": [
    "https://api.catapult.inetwork.com/v1/users/u-abc123/media/image-1.jpg"
  ],
  "callbackUrl": "http://my.callback.url/messages"
}'
