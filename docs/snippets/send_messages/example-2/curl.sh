curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '[
  {
    "from": "+19195551211",
    "to": "+19195551213",
    "text": "This is the test message one",
    "callbackUrl": "http://my.callback.url/messages"
  },
  {
    "from": "+19195551212",
    "to": "+19195551214",
    "text": "This is the test message two",
    "callbackUrl": "http://my.callback.url/messages"
  },
  {
    "from": "+19195551211",
    "to": "+19195551215",
    "text": "This is the test message three",
    "media": [
      "http://your-site.com/image-1.jpg"
    ],
    "callbackUrl": "http://my.callback.url/messages"
  }
]'
