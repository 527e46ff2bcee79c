curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls?bridgeId=brg-65dhjwrmbasiei&sortOrder=asc' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
