curl -i -X PATCH 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages/m-lsegtu6usdrp7q4ltpywxvi' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "text": ""
}'
