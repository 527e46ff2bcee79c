curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages?from=%2B19195551212' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
