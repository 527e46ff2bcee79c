curl -i 'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/messages?toDateTime=2012-10-05+20%3A37%3A39&direction=out' \
  -u 'YOUR_API_TOKEN:YOUR_API_SECRET'
