curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/applications' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "name": "MyFirstApp",
  "incomingCallUrl": "http://example.com/calls.php",
  "incomingMessageUrl": "http://example.com/messages.php",
  "callbackHttpMethod": "GET",
  "autoAnswer": true
}'
