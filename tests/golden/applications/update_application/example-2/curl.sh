curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/applications/a-zuwwfzzrbea' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "incomingCallUrl": "http://different.example.com/calls.php"
}'
