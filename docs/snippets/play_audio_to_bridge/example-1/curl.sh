curl -i -X POST 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/bridges/brg-65dhjwrmbasiei/audio' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET' \
  -H 'Content-Type: application/json' \
  -d '{
  "fileUrl": "http://example.com/audio.mp3"
}'
