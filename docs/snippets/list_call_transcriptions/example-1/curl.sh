curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/calls/c-qbs5kwrsyx6wsdi/transcriptions' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
