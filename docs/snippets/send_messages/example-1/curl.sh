curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '[
  {
    "from": "+19195551211",
    "to": "+19195551213",
    "text": "Thank you for subscribing to Unicorn Enterprises!"
  },
  {
    "from": "+19195551212",
    "to": "+19195551214",
    "text": "Thank you for subscribing to Unicorn Enterprises!"
  }
]'
