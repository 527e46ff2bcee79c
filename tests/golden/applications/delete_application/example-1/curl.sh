curl -i -X DELETE 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/applications/a-zuwwfzzrbea' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
