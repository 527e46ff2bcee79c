curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls/c-qbs5kwrsyx6wsdi/gather' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "maxDigits": 5,
  "terminatingDigits": "*",
  "interDigitTimeout": 7,
  "prompt": {
    "sentence": "Please enter your 5 digit code"
  }
}'
