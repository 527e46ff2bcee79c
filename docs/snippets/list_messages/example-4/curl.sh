curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages?deliveryState=not-delivered&size=100' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
