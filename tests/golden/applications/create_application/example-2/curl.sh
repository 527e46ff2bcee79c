curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/applications' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "name": "SampleApp2",
  "incomingCallUrl": "http://your-server.com/CallCallback",
  "incomingCallUrlCallbackTimeout": 5000,
  "incomingCallFallbackUrl": "http://your-fallback-server.com/CallCallback",
  "incomingMessageUrl": "http://your-server.com/MsgCallback",
  "incomingMessageUrlCallbackTimeout": 8000,
  "incomingMessageFallbackUrl": "http://your-fallback-server.com/MsgCallback",
  "callbackHttpMethod": "POST",
  "autoAnswer": false
}'
